import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Transfers } from '../../../cloudfunctions/common/collections/transfers.collection';
import { UniqueKeys } from '../../../cloudfunctions/common/collections/unique-keys.collection';
import { testIdNumber, testPhone } from '../../support/id-numbers';
import { approvedMember, expectOk, requestTransfer } from '../../support/member-steps';
import { countersDrift } from '../../support/recount';
import { createWorld, people, type World } from '../../support/world';

const dayMs = 24 * 3600_000;

describe('member.withdraw (退会) and joining again', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('ends the membership: recorded, counted, keys freed, card gone, the number kept on the record', async () => {
    const result = await world.call('member', 'withdraw', { reason: '回老家了' }, 'member');
    expect(result).toMatchObject({
      ok: true,
      data: { status: 'withdrawn', withdrawnAt: world.clock.now(), memberNo: 'NX2026000001', union: { id: 'g1' } },
    });
    expect(await world.ports.store.get(Members, people.member)).toMatchObject({ status: 'withdrawn', withdrawReason: '回老家了' });
    expect(await world.ports.store.count(UniqueKeys, { owner: people.member })).toBe(0);
    expect(await world.call('member', 'card', {}, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expect(await world.ports.store.get(Counters, 'memberMoves:g1:2026-11')).toMatchObject({ withdrawn: 1 });
    expect(await world.ports.store.find(Audit, { where: { action: 'member.withdraw' } })).toMatchObject({
      items: [{ actorOpenid: people.member, unionId: 'g1', summary: '会员 NX2026000001 退会' }],
    });
    // The freed ID number and phone block nobody.
    expect((await world.call('member', 'join', world.joinInput(7, 'g1', { phone: testPhone(1) }), 'worker')).ok).toBe(true);
  });

  it('takes back a waiting transfer request', async () => {
    const id = await requestTransfer(world, 'member', 'g2');
    await world.call('member', 'withdraw', {}, 'member');
    expect(await world.ports.store.get(Transfers, id)).toMatchObject({ status: 'cancelled', reason: '会员已退会' });
    expect(await world.call('member', 'decideTransfer', { transferId: id, decision: 'accept' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_PENDING' } });
  });

  it('is for members only, once', async () => {
    await world.call('member', 'withdraw', {}, 'member');
    const before = await world.snapshot();
    expect(await world.call('member', 'withdraw', {}, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
    expect(await world.call('member', 'withdraw', {}, 'worker')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('counts once when retried with the same requestId', async () => {
    const first = await world.call('member', 'withdraw', {}, 'member', 'withdraw-retry-1');
    const after = await world.snapshot();
    expect(await world.call('member', 'withdraw', {}, 'member', 'withdraw-retry-1')).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });

  it('lets the worker join again later: same member number, a new join date, the earlier membership in the timeline', async () => {
    const firstJoinedAt = (await world.ports.store.get(Members, people.member))!.joinedAt;
    await world.call('member', 'withdraw', {}, 'member');
    world.clock.advance(40 * dayMs);

    const rejoined = await world.call('member', 'join', world.joinInput(1, 'g1b', { name: '王会员' }), 'member');
    expect(rejoined).toMatchObject({ ok: true, data: { status: 'pending', memberNo: null, withdrawnAt: null } });
    expect(await world.ports.store.count(UniqueKeys, { owner: people.member })).toBe(2);
    expectOk(await world.call('member', 'review', { memberId: people.member, decision: 'approve' }, 'admin'), 'approve again');

    const card = await world.call('member', 'card', {}, 'member');
    expect(card).toMatchObject({ ok: true, data: { memberNo: 'NX2026000001', union: { id: 'g1b' }, joinedAt: world.clock.now() } });
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);

    const timeline = await world.call<{ items: { title: string; at: number; detail: string | null }[] }>('member', 'timeline', {}, 'member');
    const titles = timeline.ok ? timeline.data.items.map((item) => `${item.title}@${item.at === firstJoinedAt ? 'first' : item.at}`) : [];
    expect(titles).toEqual(expect.arrayContaining(['入会@first', `退会@${world.clock.now() - 40 * dayMs}`, `入会通过@${world.clock.now()}`]));
  });

  it('refuses joining again with an ID number someone else took in the meantime', async () => {
    await world.call('member', 'withdraw', {}, 'member');
    expectOk(await world.call('member', 'join', world.joinInput(1, 'g1', { phone: testPhone(70) }), 'id-thief'), 'other joins with the freed ID');
    const before = await world.snapshot();
    expect(await world.call('member', 'join', world.joinInput(1, 'g1'), 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.ID_NUMBER_TAKEN' } });
    expect(await world.snapshot()).toEqual(before);
    expect(testIdNumber(1)).toHaveLength(18);
  });

  it('keeps counters equal to a recount through joins, transfers, 退会 and joining again', async () => {
    await approvedMember(world, 'm-a', 31, 'g1', 'staffHere');
    await approvedMember(world, 'm-b', 32, 'g2', 'staffElsewhere', { occupation: 'trucker' });
    const id = await requestTransfer(world, 'm-a', 'g2');
    expectOk(await world.call('member', 'decideTransfer', { transferId: id, decision: 'accept' }, 'staffElsewhere'), 'accept');
    world.clock.advance(35 * dayMs);
    expectOk(await world.call('member', 'transfer', { memberId: 'm-b', toUnionId: 'g1b', reason: '站点调整' }, 'admin'), 'move');
    expectOk(await world.call('member', 'withdraw', {}, 'm-a'), 'withdraw');
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expectOk(await world.call('member', 'join', world.joinInput(31, 'g1'), 'm-a'), 'join again');
    expectOk(await world.call('member', 'review', { memberId: 'm-a', decision: 'approve' }, 'staffHere'), 'approve again');
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
  });
});
