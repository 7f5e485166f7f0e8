import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { Transfers } from '../../../cloudfunctions/common/collections/transfers.collection';
import { requestTransfer } from '../../support/member-steps';
import { countersDrift } from '../../support/recount';
import { createWorld, people, type World } from '../../support/world';

/** Staff of the street union (covering g1 and g1b) move members between their grassroots unions. */
describe('member.findMember and member.transfer (staff moving a member)', () => {
  let world: World;
  const streetStaff = 's-street';
  beforeEach(async () => {
    world = await createWorld();
    await world.ports.store.insert(Staff, {
      _id: `${streetStaff}:street`,
      openid: streetStaff,
      unionId: 'street',
      unionPath: '/root/street/',
      unionName: '长青街道总工会',
      roles: ['reviewer'],
      grantedAt: 0,
      grantedBy: 'test',
    });
  });
  afterEach(() => world.close());

  it('finds a member by number (any case, spaces trimmed) with the unions they could move to', async () => {
    const found = await world.call('member', 'findMember', { memberNo: ' nx2026000001 ' }, streetStaff);
    expect(found).toEqual({
      ok: true,
      data: {
        member: expect.objectContaining({ id: people.member, name: '王会员', memberNo: 'NX2026000001', union: { id: 'g1', name: '长青站点骑手工会' } }),
        moveTargets: [expect.objectContaining({ id: 'g1b', name: '长青快递驿站工会', parentName: '长青街道总工会' })],
      },
    });
  });

  it('says not found for a number outside the caller\'s unions, and for one nobody has', async () => {
    expect(await world.call('member', 'findMember', { memberNo: 'NX2026000001' }, 'staffElsewhere')).toMatchObject({
      ok: false,
      error: { code: 'MEMBER.NOT_FOUND', fields: { memberNo: expect.any(String) } },
    });
    expect(await world.call('member', 'findMember', { memberNo: 'NX2026999999' }, streetStaff)).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_FOUND' } });
    expect(await world.call('member', 'findMember', { memberNo: '12345' }, streetStaff)).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { memberNo: '会员号是NX加10位数字，如NX2026000042' } },
    });
  });

  it('moves the member: number kept, counters moved, both unions audited, the member told why', async () => {
    const before = (await world.ports.store.get(Members, people.member))!;
    const moved = await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g1b', reason: '美团站点并入快递驿站' }, streetStaff);
    expect(moved).toEqual({ ok: true, data: { memberId: people.member, union: { id: 'g1b', name: '长青快递驿站工会' } } });
    expect(await world.ports.store.get(Members, people.member)).toMatchObject({ unionId: 'g1b', memberNo: before.memberNo, joinedAt: before.joinedAt });
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    const audit = await world.ports.store.find(Audit, { where: { action: 'member.transfer' } });
    expect(audit.items.map((record) => record.unionId).sort()).toEqual(['g1', 'g1b']);
    expect(await world.ports.store.find(Transfers, { where: { memberOpenid: people.member } })).toMatchObject({
      items: [{ byStaff: true, status: 'accepted', reason: '美团站点并入快递驿站', deciderOpenid: streetStaff }],
    });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { transfer: { byStaff: true, reason: '美团站点并入快递驿站' } } });
    const told = await world.ports.store.find(Outbox, { where: { openid: people.member, template: 'memberMoved' } });
    expect(told.items[0]?.data).toMatchObject({ union: '长青快递驿站工会', reason: '美团站点并入快递驿站' });
  });

  it.each([
    ['a target outside the caller\'s subtree', { toUnionId: 'g2' }, 'AUTH.FORBIDDEN'],
    ['an unknown union', { toUnionId: 'nowhere' }, 'UNION.NOT_FOUND'],
    ['a union that takes no members', { toUnionId: 'street' }, 'UNION.NOT_ACCEPTING'],
    ['the union the member is in', { toUnionId: 'g1' }, 'MEMBER.TRANSFER_SAME_UNION'],
    ['someone who is not a member', { memberId: 'nobody' }, 'MEMBER.NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_case, change, code) => {
    const before = await world.snapshot();
    const result = await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g1b', reason: '调整', ...change }, streetStaff);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('forbids moving a member of a union outside the caller\'s subtree', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g2', reason: '调整' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('leaves a member with a request of their own waiting until that request is decided', async () => {
    await requestTransfer(world, 'member', 'g2');
    const before = await world.snapshot();
    expect(await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g1b', reason: '调整' }, streetStaff)).toMatchObject({
      ok: false,
      error: { code: 'MEMBER.TRANSFER_PENDING', message: expect.stringContaining('请先处理') },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('needs a reason', async () => {
    expect(await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g1b', reason: ' ' }, streetStaff)).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { reason: '请写明调动原因（至少2个字）' } },
    });
  });
});
