import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Transfers } from '../../../cloudfunctions/common/collections/transfers.collection';
import { Unions } from '../../../cloudfunctions/common/collections/unions.collection';
import { approvedMember, requestTransfer } from '../../support/member-steps';
import { countersDrift } from '../../support/recount';
import { createWorld, people, type World } from '../../support/world';

/** The world's member (g1, NX2026000001) asks to move to g2, served by staffElsewhere. */
describe('member.transfers and member.decideTransfer', () => {
  let world: World;
  let transferId: string;
  beforeEach(async () => {
    world = await createWorld();
    world.clock.advance(3 * 60_000);
    transferId = await requestTransfer(world, 'member', 'g2', '换到货运了');
    world.clock.advance(24 * 3600_000);
  });
  afterEach(() => world.close());

  const counter = async (id: string) => (await world.ports.store.get((await import('../../../cloudfunctions/common/collections/counters.collection')).Counters, id)) ?? null;

  it("lists the request in the receiving union's queue, masked, with its wait", async () => {
    const queue = await world.call('member', 'transfers', {}, 'staffElsewhere');
    expect(queue).toEqual({
      ok: true,
      data: {
        nextCursor: null,
        items: [
          expect.objectContaining({
            id: transferId,
            status: 'pending',
            from: { id: 'g1', name: '长青站点骑手工会' },
            to: { id: 'g2', name: '货运司机联合工会' },
            note: '换到货运了',
            daysWaiting: 1,
            member: expect.objectContaining({ name: '王会员', memberNo: 'NX2026000001', idMasked: expect.stringMatching(/^530321\*{8}/), phoneMasked: expect.stringMatching(/^139\*{4}/) }),
          }),
        ],
      },
    });
    // Not the sending union's reviewers: it is not theirs to decide.
    expect(await world.call('member', 'transfers', {}, 'staffHere')).toEqual({ ok: true, data: { items: [], nextCursor: null } });
  });

  it('accepts: the member moves with their number and join date, counters move in the same write, both unions audit it', async () => {
    const before = (await world.ports.store.get(Members, people.member))!;
    const result = await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere');
    expect(result).toEqual({ ok: true, data: { id: transferId, status: 'accepted' } });

    const card = await world.call('member', 'card', {}, 'member');
    expect(card).toMatchObject({ ok: true, data: { union: { id: 'g2', name: '货运司机联合工会' }, memberNo: 'NX2026000001', joinedAt: before.joinedAt } });
    const after = (await world.ports.store.get(Members, people.member))!;
    expect(after).toMatchObject({ unionId: 'g2', unionPath: '/root/industry/g2/', pendingTransferId: null, memberNo: before.memberNo, joinedAt: before.joinedAt });

    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expect((await counter('members:g1:rider:2026-11'))?.approved).toBe(0);
    expect((await counter('members:g2:rider:2026-11'))?.approved).toBe(1);
    expect(await counter('memberMoves:g1:2026-11')).toMatchObject({ transferredOut: 1 });
    expect(await counter('memberMoves:g2:2026-11')).toMatchObject({ transferredIn: 1 });

    const audit = await world.ports.store.find(Audit, { where: { action: 'member.decideTransfer' }, limit: 10 });
    expect(audit.items.map((record) => record.unionId).sort()).toEqual(['g1', 'g2']);
    expect(audit.items.every((record) => record.actorOpenid === people.staffElsewhere && record.target.id === people.member)).toBe(true);
    expect(JSON.stringify(audit.items)).not.toContain('王会员');

    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { transfer: { id: transferId, status: 'accepted' } } });
    const told = await world.ports.store.find(Outbox, { where: { openid: people.member, template: 'transferAccepted' } });
    expect(told.items).toHaveLength(1);
  });

  it('refuses with a reason the member reads; nothing moves', async () => {
    const result = await world.call('member', 'decideTransfer', { transferId, decision: 'refuse', reason: '本工会只服务货运司机' }, 'staffElsewhere');
    expect(result).toEqual({ ok: true, data: { id: transferId, status: 'refused' } });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({
      ok: true,
      data: { member: { union: { id: 'g1' } }, transfer: { status: 'refused', reason: '本工会只服务货运司机' } },
    });
    expect((await world.ports.store.get(Members, people.member))?.pendingTransferId).toBeNull();
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expect(await world.ports.store.count(Audit, { action: 'member.decideTransfer', unionId: 'g2' })).toBe(1);
    const told = await world.ports.store.find(Outbox, { where: { openid: people.member, template: 'transferRefused' } });
    expect(told.items[0]?.data.reason).toBe('本工会只服务货运司机');
    // The member may ask again, elsewhere.
    expect((await world.call('member', 'requestTransfer', { toUnionId: 'g1b' }, 'member')).ok).toBe(true);
  });

  it('needs a reason to refuse, in Chinese, and writes nothing without one', async () => {
    const before = await world.snapshot();
    const result = await world.call('member', 'decideTransfer', { transferId, decision: 'refuse' }, 'staffElsewhere');
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { reason: '不接收时请写明原因，会员会看到' } } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('forbids the sending union and anyone outside the receiving union, and writes nothing', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'member')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses an unknown request, and one decided already', async () => {
    expect(await world.call('member', 'decideTransfer', { transferId: 'nope', decision: 'accept' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_FOUND' } });
    await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere');
    const before = await world.snapshot();
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'refuse', reason: '重复' }, 'admin')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_PENDING' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses to accept into a union that stopped taking members', async () => {
    await world.ports.store.update(Unions, 'g2', { $set: { acceptsMembers: false } });
    const before = await world.snapshot();
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'UNION.NOT_ACCEPTING' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('cannot accept a request the member took back in the meantime', async () => {
    await world.call('member', 'cancelTransfer', { transferId }, 'member');
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_PENDING' } });
    expect((await world.ports.store.get(Members, people.member))?.unionId).toBe('g1');
  });

  it('moves the member once when two reviewers accept at the same moment', async () => {
    const results = await Promise.all([
      world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere'),
      world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'admin'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'MEMBER.TRANSFER_NOT_PENDING' } });
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expect(await world.ports.store.count(Audit, { action: 'member.decideTransfer' })).toBe(2);
  });

  it('returns the first answer to a retried acceptance', async () => {
    const first = await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere', 'decide-retry-1');
    const after = await world.snapshot();
    expect(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere', 'decide-retry-1')).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });

  it('pages through a long queue oldest first', async () => {
    for (const serial of [21, 22, 23]) {
      await approvedMember(world, `m-${serial}`, serial, 'g1', 'staffHere');
      world.clock.advance(60_000);
      await requestTransfer(world, `m-${serial}`, 'g2');
    }
    const first = await world.call<{ items: { member: { id: string } }[]; nextCursor: string }>('member', 'transfers', { limit: 2 }, 'staffElsewhere');
    expect(first.ok && first.data.items.map((item) => item.member.id)).toEqual([people.member, 'm-21']);
    const second = await world.call<{ items: { member: { id: string } }[]; nextCursor: string | null }>('member', 'transfers', { limit: 2, cursor: first.ok ? first.data.nextCursor : '' }, 'staffElsewhere');
    expect(second.ok && second.data.items.map((item) => item.member.id)).toEqual(['m-22', 'm-23']);
    expect(await world.ports.store.count(Transfers, { status: 'pending' })).toBe(4);
  });
});
