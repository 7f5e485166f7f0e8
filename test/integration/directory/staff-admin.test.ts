import type { AdminUnion, StaffGrantRow } from '@core/contracts/staff-admin.schemas';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Staff, staffIdOf } from '../../../cloudfunctions/common/collections/staff.collection';
import { Unions } from '../../../cloudfunctions/common/collections/unions.collection';
import { createWorld, people, type World } from '../../support/world';
import { expectOk } from '../../support/welfare-world';

type StaffPage = { items: StaffGrantRow[]; nextCursor: string | null; unions: AdminUnion[] };
type Granted = { grant: StaffGrantRow | null; union: { id: string; name: string } };

describe('工作人员 and 工会管理: directory.staff, grantStaff, upsertUnion', () => {
  let world: World;
  let memberNo: string;
  beforeEach(async () => {
    world = await createWorld();
    memberNo = (await world.ports.store.get(Members, people.member))!.memberNo!;
  });
  afterEach(() => world.close());

  it('lists the grants of the admin\'s subtree with members by name and masked phone, others as 未入会, and the unions in tree order', async () => {
    const page = expectOk(await world.call<StaffPage>('directory', 'staff', {}, people.admin));
    expect(page.items.map((row) => `${row.union.id}:${row.roles.join('+')}:${row.isMe}`).sort()).toEqual(['g1:reviewer+operator:false', 'g2:reviewer+operator:false', 'root:admin:true'].sort());
    expect(page.items.every((row) => row.member === null)).toBe(true);
    // Parents first, each followed by its own children (siblings by name).
    const tree = page.unions.map((union) => `${'-'.repeat(union.depth)}${union.id}`);
    expect(tree[0]).toBe('root');
    expect(tree.slice(1).join(' ')).toMatch(/^(-industry --g2 -street --g1b? --g1b?|-street --g1b? --g1b? -industry --g2)$/);

    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g1b', roles: ['operator'] }, people.admin));
    const only = expectOk(await world.call<StaffPage>('directory', 'staff', { unionId: 'g1b' }, people.admin));
    expect(only.items).toEqual([
      expect.objectContaining({ member: { name: '王会员', memberNo, phoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/) }, roles: ['operator'], union: { id: 'g1b', name: '长青快递驿站工会' } }),
    ]);
  });

  it('names each listed grant by a sealed row id that shows no openid, and refuses one it did not issue', async () => {
    const page = expectOk(await world.call<StaffPage>('directory', 'staff', {}, people.admin));
    const grants = (await world.ports.store.find(Staff, { limit: 100 })).items;
    for (const row of page.items) {
      expect(grants.some((grant) => row.id.includes(grant.openid) || row.id === grant._id)).toBe(false);
    }
    const made = staffIdOf(people.staffHere, 'g1');
    expect(await world.call('directory', 'grantStaff', { grantId: made, unionId: 'g1', roles: [] }, people.admin)).toMatchObject({ ok: false, error: { code: 'STAFF.GRANT_NOT_FOUND' } });
    expect(await world.ports.store.get(Staff, made)).not.toBeNull();
  });

  it('no longer names a former admin who deleted their data on the grants they made, which stand', async () => {
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g1b', roles: ['admin'] }, people.admin));
    // A grant this member made as g1b's admin.
    const theirs = (await world.ports.store.get(Staff, staffIdOf(people.member, 'g1b')))!;
    await world.ports.store.insert(Staff, { ...theirs, _id: staffIdOf('w-other', 'g1b'), openid: 'w-other', roles: ['operator'], grantedBy: people.member });
    // Staff must hand their roles back before erasing (their work records stay); then they can.
    expect(await world.call('member', 'deleteMine', { confirm: '删除我的全部信息' }, people.member)).toMatchObject({ ok: false, error: { code: 'MEMBER.STAFF_CANNOT_ERASE' } });
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g1b', roles: [] }, people.admin));
    expectOk(await world.call('member', 'deleteMine', { confirm: '删除我的全部信息' }, people.member));
    const left = (await world.ports.store.find(Staff, { limit: 100 })).items;
    expect(left.some((grant) => grant.openid === people.member || grant.grantedBy === people.member)).toBe(false);
    expect(await world.ports.store.get(Staff, staffIdOf('w-other', 'g1b'))).toMatchObject({ roles: ['operator'], grantedBy: '已删除' });
  });

  it('lists and adds unions founded before 1970, as district unions often were', async () => {
    await world.ports.store.update(Unions, 'root', { $set: { foundedAt: Date.UTC(1955, 5, 1) } });
    const page = expectOk(await world.call<StaffPage>('directory', 'staff', {}, people.admin));
    expect(page.unions.find((union) => union.id === 'root')?.foundedAt).toBe(Date.UTC(1955, 5, 1));
    const old = { name: '长青老街道工会', parentId: 'root', level: 'street', area: '青山区长青街道', foundedAt: Date.UTC(1962, 2, 1) };
    expect(expectOk(await world.call<AdminUnion>('directory', 'upsertUnion', old, people.admin))).toMatchObject({ foundedAt: Date.UTC(1962, 2, 1) });
  });

  it('gives a member roles by member number, effective on their next call, audited once however often it is retried, nothing else written', async () => {
    expect(await world.call('member', 'applications', {}, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    const before = await world.snapshot();
    const first = expectOk(await world.call<Granted>('directory', 'grantStaff', { memberNo: memberNo.toLowerCase(), unionId: 'g1', roles: ['operator', 'reviewer', 'reviewer'] }, people.admin, 'req-grant-1'));
    const again = expectOk(await world.call<Granted>('directory', 'grantStaff', { memberNo, unionId: 'g1', roles: ['reviewer', 'operator'] }, people.admin, 'req-grant-1'));
    expect(again).toEqual(first);
    expect(first.grant).toMatchObject({ roles: ['reviewer', 'operator'], member: { name: '王会员' }, isMe: false });
    const after = await world.snapshot();
    expect({ ...after, idempotency: 0 }).toEqual({ ...before, staff: before.staff + 1, audit: before.audit + 1, idempotency: 0 });
    const audit = (await world.ports.store.find(Audit, { where: { action: 'directory.grantStaff' } })).items;
    expect(audit).toEqual([expect.objectContaining({ unionId: 'g1', actorOpenid: people.admin, summary: `会员 ${memberNo}成为长青站点骑手工会的审核员、服务专员` })]);
    expect(await world.call('member', 'applications', {}, people.member)).toMatchObject({ ok: true });
  });

  it('changes roles and takes them all away with roles: [], by member number or by the listed row', async () => {
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g1', roles: ['reviewer'] }, people.admin));
    const changed = expectOk(await world.call<Granted>('directory', 'grantStaff', { memberNo, unionId: 'g1', roles: ['operator'] }, people.admin));
    expect(changed.grant?.roles).toEqual(['operator']);
    // 入会审核 needs the reviewer role, which the change took away.
    expect(await world.call('member', 'applications', {}, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('drive', 'list', {}, people.member)).toMatchObject({ ok: true });
    const removed = expectOk(await world.call<Granted>('directory', 'grantStaff', { grantId: changed.grant!.id, unionId: 'g1', roles: [] }, people.admin));
    expect(removed.grant).toBeNull();
    expect(await world.ports.store.get(Staff, staffIdOf(people.member, 'g1'))).toBeNull();
    expect(await world.call('drive', 'list', {}, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    const summaries = (await world.ports.store.find(Audit, { where: { action: 'directory.grantStaff' }, orderBy: [['at', 'asc']] })).items.map((a) => a.summary);
    expect(summaries).toContain('取消工作人员在长青站点骑手工会的全部角色');
    expect(await world.call('directory', 'grantStaff', { grantId: changed.grant!.id, unionId: 'g1', roles: [] }, people.admin)).toMatchObject({ ok: false, error: { code: 'STAFF.GRANT_NOT_FOUND' } });
  });

  it('keeps an admin inside their own scope, and never lets them take away their own admin role', async () => {
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'street', roles: ['admin'] }, people.admin));
    const before = await world.snapshot();
    expect(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g2', roles: ['reviewer'] }, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('directory', 'grantStaff', { memberNo, unionId: 'root', roles: ['admin'] }, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('directory', 'grantStaff', { memberNo, unionId: 'street', roles: ['reviewer'] }, people.member)).toMatchObject({ ok: false, error: { code: 'STAFF.OWN_ADMIN', fields: { roles: expect.any(String) } } });
    expect(await world.call('directory', 'grantStaff', { memberNo, unionId: 'street', roles: [] }, people.member)).toMatchObject({ ok: false, error: { code: 'STAFF.OWN_ADMIN' } });
    expect(await world.call('directory', 'staff', { unionId: 'g2' }, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
    // Below their own union they may give themselves roles; the admin above may take their admin role away.
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g1', roles: ['operator'] }, people.member));
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'street', roles: [] }, people.admin));
    expect(await world.call('directory', 'staff', {}, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('finds only approved members of the admin\'s own unions by member number', async () => {
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'industry', roles: ['admin'] }, people.admin));
    // Their own number belongs to g1, outside the industry union they manage.
    expect(await world.call('directory', 'grantStaff', { memberNo, unionId: 'g2', roles: ['reviewer'] }, people.member)).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_FOUND' } });
    expect(await world.call('directory', 'grantStaff', { memberNo: 'NX2099999999', unionId: 'g2', roles: ['reviewer'] }, people.member)).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_FOUND', fields: { memberNo: expect.any(String) } } });
    expect(await world.call('directory', 'grantStaff', { unionId: 'g2', roles: ['reviewer'] }, people.admin)).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { memberNo: '请填写或扫描会员号' } } });
  });

  it('adds a grassroots union under a union of the subtree, which takes members at once, audited', async () => {
    const before = await world.snapshot();
    const added = expectOk(await world.call<AdminUnion>('directory', 'upsertUnion', { name: '长青同城配送工会', parentId: 'street', level: 'grassroots', mainOccupation: 'courier', area: '青山区长青街道' }, people.admin, 'req-union-1'));
    expectOk(await world.call('directory', 'upsertUnion', { name: '长青同城配送工会', parentId: 'street', level: 'grassroots', mainOccupation: 'courier', area: '青山区长青街道' }, people.admin, 'req-union-1'));
    expect(await world.ports.store.get(Unions, added.id)).toMatchObject({ parentId: 'street', path: `${world.unionPath('street')}${added.id}/`, acceptsMembers: true, level: 'grassroots', foundedAt: world.clock.now() });
    expect({ ...(await world.snapshot()), idempotency: 0 }).toEqual({ ...before, unions: before.unions + 1, audit: before.audit + 1, idempotency: 0 });
    const joinable = expectOk(await world.call<{ items: Array<{ id: string }> }>('directory', 'unions', { keyword: '同城配送' }, people.worker));
    expect(joinable.items.map((u) => u.id)).toEqual([added.id]);
    expect((await world.ports.store.find(Audit, { where: { action: 'directory.upsertUnion' } })).items[0].summary).toBe('在长青街道总工会下新建工会「长青同城配送工会」');
  });

  it('refuses a union under a grassroots one, a street under a street, a namesake, a future founding date and a parent outside the scope', async () => {
    expectOk(await world.call('directory', 'grantStaff', { memberNo, unionId: 'street', roles: ['admin'] }, people.admin));
    const before = await world.snapshot();
    const base = { name: '长青同城配送工会', parentId: 'street', level: 'grassroots', area: '青山区长青街道' };
    expect(await world.call('directory', 'upsertUnion', { ...base, parentId: 'g1' }, people.member)).toMatchObject({ ok: false, error: { code: 'UNION.LEVEL_NOT_ALLOWED' } });
    expect(await world.call('directory', 'upsertUnion', { ...base, level: 'street' }, people.member)).toMatchObject({ ok: false, error: { code: 'UNION.LEVEL_NOT_ALLOWED' } });
    expect(await world.call('directory', 'upsertUnion', { ...base, name: '长青站点骑手工会' }, people.member)).toMatchObject({ ok: false, error: { code: 'UNION.NAME_TAKEN', fields: { name: '已有同名工会' } } });
    expect(await world.call('directory', 'upsertUnion', { ...base, foundedAt: world.clock.now() + 86_400_000 }, people.member)).toMatchObject({ ok: false, error: { code: 'UNION.FOUNDED_IN_FUTURE' } });
    expect(await world.call('directory', 'upsertUnion', { ...base, parentId: 'industry' }, people.member)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('directory', 'upsertUnion', { name: '长青同城配送工会' }, people.member)).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { parentId: '请选择上级工会', level: '请选择工会类型' } } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('renames a union everywhere it is shown live, but never moves it to another parent', async () => {
    expectOk(await world.call('directory', 'upsertUnion', { id: 'g1', name: '长青骑手联合工会' }, people.admin));
    expect(await world.ports.store.get(Unions, 'g1')).toMatchObject({ name: '长青骑手联合工会', parentId: 'street' });
    expect(await world.ports.store.get(Members, people.member)).toMatchObject({ unionName: '长青骑手联合工会' });
    expect(await world.ports.store.get(Staff, staffIdOf(people.staffHere, 'g1'))).toMatchObject({ unionName: '长青骑手联合工会' });
    expect(await world.call('directory', 'upsertUnion', { id: 'g1', name: '长青骑手联合工会', parentId: 'industry' }, people.admin)).toMatchObject({ ok: false, error: { code: 'UNION.MOVE_NOT_ALLOWED' } });
    expect(await world.call('directory', 'upsertUnion', { id: 'g1', name: '货运司机联合工会' }, people.staffHere)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect((await world.ports.store.find(Audit, { where: { action: 'directory.upsertUnion' } })).items.map((a) => a.summary)).toEqual(['工会「长青站点骑手工会」改名为「长青骑手联合工会」']);
  });
});
