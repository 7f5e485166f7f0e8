import { act, fireEvent, render, screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import LegalSettingsPage from '../staff/settings';

const mount = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<LegalSettingsPage />);
  });
  return view.container;
};
const type = (container: HTMLElement, className: string, value: string) =>
  fireEvent.change(container.querySelector(`.${className} input`) as HTMLInputElement, { target: { value } });
const lawyer = { id: 'l1', name: '张建华', firm: '江城律师事务所', phoneMasked: '138****1111', union: { id: 'root', name: '青山区总工会' }, active: true };

describe('LegalSettingsPage (admins)', () => {
  beforeEach(() => taroTest.reset());

  it('says where the answer commitment comes from and sets the union’s own', async () => {
    let days = 3;
    let source = 'default';
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'root', name: '青山区总工会' }, roles: ['admin'] }], privacyVersion: '2026-11-01' } }),
      'legal.lawyers': () => ({ ok: true, data: { items: [lawyer] } }),
      'legal.settings': () => ({ ok: true, data: { union: { id: 'root', name: '青山区总工会' }, answerWorkingDays: days, source, inheritedFrom: null } }),
      'legal.saveSettings': (data) => {
        days = data.answerWorkingDays as number;
        source = 'own';
        return { ok: true, data: { union: { id: 'root', name: '青山区总工会' }, answerWorkingDays: days, source, inheritedFrom: null } };
      },
    });
    const container = await mount();
    expect(screen.getByText('收到申请后3个工作日内答复（默认）')).toBeTruthy();
    expect(screen.getByText('张建华律师 · 江城律师事务所')).toBeTruthy();
    await act(async () => fireEvent.click(container.querySelector('#nx-answer-days-5') as HTMLElement));
    expect(api.callsTo('legal.saveSettings').map((event) => event.data)).toEqual([{ unionId: 'root', answerWorkingDays: 5 }]);
    expect(screen.getByText('收到申请后5个工作日内答复（本会设置）')).toBeTruthy();
  });

  it('shows the server’s words next to the lawyer field that is wrong', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'root', name: '青山区总工会' }, roles: ['admin'] }], privacyVersion: '2026-11-01' } }),
      'legal.lawyers': () => ({ ok: true, data: { items: [] } }),
      'legal.settings': () => ({ ok: true, data: { union: { id: 'root', name: '青山区总工会' }, answerWorkingDays: 3, source: 'default', inheritedFrom: null } }),
      'legal.saveLawyer': () => ({ ok: false, error: { code: 'INPUT.INVALID', message: '填写的内容有误，请按提示修改', fields: { phone: '请填写11位手机号' } } }),
    });
    const container = await mount();
    expect(screen.getByText('还没有登记合作律师。')).toBeTruthy();
    type(container, 'nx-lawyer-name', '李律师');
    type(container, 'nx-lawyer-firm', '江城律师事务所');
    type(container, 'nx-lawyer-phone', '123');
    await act(async () => fireEvent.click(container.querySelector('.nx-lawyer-save') as HTMLElement));
    expect(container.querySelector('#nx-lawyer-phone .nx-field-error')?.textContent).toBe('请填写11位手机号');
  });

  it('tells staff without the admin role that the settings are not theirs', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'g1', name: '长青站点工会' }, roles: ['operator'] }], privacyVersion: '2026-11-01' } }),
      'legal.lawyers': () => ({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '你没有权限进行这个操作' } }),
    });
    await mount();
    expect(screen.getByText('只有工会管理员可以修改这些设置。')).toBeTruthy();
  });
});
