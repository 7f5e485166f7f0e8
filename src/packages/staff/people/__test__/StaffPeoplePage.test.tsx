import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../../test/support/fake-api';
import { renderPage, tap, typeInto } from '../../../../../test/support/page-actions';
import { taroTest } from '../../../../../test/support/taro';
import StaffPeoplePage from '../index';

const unions = [
  { id: 'root', name: '青山区总工会', parentId: null, level: 'district', depth: 0, foundedAt: 1 },
  { id: 'g1', name: '长青站点骑手工会', parentId: 'root', level: 'grassroots', depth: 1, foundedAt: 1 },
];
const me = { id: 'me:root', member: null, union: { id: 'root', name: '青山区总工会' }, roles: ['admin'], grantedAt: 1, isMe: true };
const wang = { id: 'w:g1', member: { name: '王会员', memberNo: 'NX2026000001', phoneMasked: '138****5678' }, union: { id: 'g1', name: '长青站点骑手工会' }, roles: ['reviewer'], grantedAt: 2, isMe: false };

describe('StaffPeoplePage (工作人员)', () => {
  beforeEach(() => taroTest.reset());

  it('adds a member as staff by member number, with the union and roles chosen, after a confirm', async () => {
    let items: unknown[] = [me];
    const api = installFakeApi({
      'directory.staff': () => ({ ok: true, data: { items, nextCursor: null, unions } }),
      'directory.grantStaff': () => {
        items = [me, wang];
        return { ok: true, data: { grant: wang, union: wang.union } };
      },
    });
    const { container } = await renderPage(<StaffPeoplePage />);
    expect(container.textContent).toContain('未入会（我）');
    await tap(screen.getByText('添加工作人员'));
    await tap(screen.getByText('保存'));
    expect(screen.getByText('会员号是NX加10位数字，如NX2026000042')).toBeTruthy();
    await typeInto(container.querySelector('.nx-people-member-no input') ?? container.querySelector('.nx-people-member-no'), 'NX2026000001');
    await tap(container.querySelector('#nx-people-union-g1'));
    await tap(container.querySelector('#nx-people-role-operator'));
    await tap(screen.getByText('保存'));
    expect(screen.getByText('在长青站点骑手工会担任审核员、服务专员？')).toBeTruthy();
    await tap(screen.getByText('确认'));
    const sent = api.callsTo('directory.grantStaff');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({ memberNo: 'NX2026000001', unionId: 'g1', roles: ['reviewer', 'operator'] });
    expect(sent[0].requestId).toEqual(expect.any(String));
    expect(container.querySelector('#nx-people-row-g1-NX2026000001')?.textContent).toContain('长青站点骑手工会：审核员');
  });

  it('takes every role away from a listed person, and shows the field error the server gives', async () => {
    const api = installFakeApi({
      'directory.staff': () => ({ ok: true, data: { items: [me, wang], nextCursor: null, unions } }),
      'directory.grantStaff': (data) =>
        data.grantId === 'me:root'
          ? { ok: false, error: { code: 'STAFF.OWN_ADMIN', message: '不能取消自己在本工会的管理员角色', fields: { roles: '不能取消自己的管理员角色' } } }
          : { ok: true, data: { grant: null, union: wang.union } },
    });
    const { container } = await renderPage(<StaffPeoplePage />);
    await tap(container.querySelector('#nx-people-row-g1-NX2026000001 .nx-people-change'));
    await tap(container.querySelector('#nx-people-role-reviewer'));
    await tap(screen.getByText('取消全部角色'));
    expect(screen.getByText('取消在长青站点骑手工会的全部角色？')).toBeTruthy();
    await tap(screen.getByText('确认'));
    expect(api.callsTo('directory.grantStaff')[0].data).toEqual({ grantId: 'w:g1', unionId: 'g1', roles: [] });

    await tap(container.querySelector('#nx-people-row-root-x .nx-people-change'));
    await tap(container.querySelector('#nx-people-role-admin'));
    await tap(screen.getByText('取消全部角色'));
    await tap(screen.getByText('确认'));
    expect(screen.getByText('不能取消自己的管理员角色')).toBeTruthy();
  });

  it('shows an empty list and a retry when loading fails', async () => {
    installFakeApi({ 'directory.staff': () => ({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }) });
    const { container } = await renderPage(<StaffPeoplePage />);
    expect(container.textContent).toContain('没有加载出来');
    expect(container.querySelector('.nx-retry')).toBeTruthy();
  });
});
