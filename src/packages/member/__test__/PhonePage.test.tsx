import { act, fireEvent, screen } from '@testing-library/react';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import ChangePhonePage from '../phone';
import { takeHandedOverPhone } from '../phone-handoff';

const member = pendingMember({ status: 'approved', memberNo: 'NX2026000001', joinedAt: 1 });

const open = () => renderPage(<ChangePhonePage />);
const type = async (element: Element | null, value: string) => {
  await act(async () => {
    fireEvent.input(element as HTMLElement, { target: { value } });
  });
};

describe('ChangePhonePage (更换手机号)', () => {
  beforeEach(() => taroTest.reset());

  it('refuses a malformed number at the field, sending nothing', async () => {
    const api = installFakeApi({ 'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01' } }) });
    const { container } = await open();
    await type(container.querySelector('.nx-phone-input input'), '1380013');
    await tap(container.querySelector('.nx-phone-submit'));
    expect(container.querySelector('#nx-field-phone .nx-field-error')?.textContent).toBe('请填写11位手机号');
    expect(api.callsTo('member.changePhone')).toHaveLength(0);
  });

  it('explains a number already used, and hands it to 申请核实 without storing it', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: { ...member, phoneNeedsUpdate: true }, staff: [], privacyVersion: '2026-11-01' } }),
      'member.changePhone': () => ({ ok: false, error: { code: 'MEMBER.PHONE_TAKEN', message: '这个手机号已被其他记录使用。可以申请工会核实', fields: { phone: '这个手机号已被使用' } } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-phone-needs-update')).not.toBeNull();
    await type(container.querySelector('.nx-phone-input input'), '13912345678');
    await tap(container.querySelector('.nx-phone-submit'));
    expect(screen.getByText('这个手机号已被其他记录使用')).toBeTruthy();
    await tap(screen.getByText('申请工会核实', { selector: '.nut-dialog-footer-ok, .nut-dialog-footer-ok *' }));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/phone-conflict' });
    expect(takeHandedOverPhone()).toBe('13912345678');
    expect(JSON.stringify([...taroTest.storage.values()])).not.toContain('13912345678');
  });
});
