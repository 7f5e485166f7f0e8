import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { createWorld, people, type World } from '../../support/world';

describe('member.review', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    const applied = await world.call('member', 'join', world.joinInput(7, 'g1', { occupation: 'courier', employer: '顺丰速运' }), 'worker');
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  });
  afterEach(() => world.close());

  const counterOf = async (occupation: string) =>
    (await world.ports.store.get(Counters, `members:g1:${occupation}:2026-11`))?.approved ?? 0;

  it('approves: member number, counter, audit record and a message to the worker only', async () => {
    const result = await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffHere');
    expect(result).toEqual({ ok: true, data: { id: people.worker, status: 'approved', memberNo: 'NX2026000002' } });

    expect(await world.ports.store.get(Members, people.worker)).toMatchObject({
      status: 'approved',
      memberNo: 'NX2026000002',
      joinedAt: world.clock.now(),
      reviewerOpenid: people.staffHere,
    });
    expect(await counterOf('courier')).toBe(1);
    const audit = await world.ports.store.find(Audit, { where: { 'target.id': people.worker } });
    expect(audit.items).toEqual([
      expect.objectContaining({ action: 'member.review', actorOpenid: people.staffHere, unionId: 'g1', summary: '批准入会，会员号 NX2026000002' }),
    ]);
    const outbox = await world.ports.store.find(Outbox, { where: { template: 'memberApproved' }, limit: 100 });
    expect(outbox.items.map((message) => message.openid).sort()).toEqual([people.member, people.worker].sort());
    expect(JSON.stringify(outbox.items)).not.toContain('顺丰');

    const card = await world.call('member', 'card', {}, 'worker');
    expect(card).toMatchObject({ ok: true, data: { memberNo: 'NX2026000002' } });
  });

  it('rejects with the reason the worker then sees', async () => {
    const result = await world.call('member', 'review', { memberId: people.worker, decision: 'reject', reason: '姓名与身份证号不符' }, 'staffHere');
    expect(result).toEqual({ ok: true, data: { id: people.worker, status: 'rejected', memberNo: null } });
    expect(await world.call('member', 'me', {}, 'worker')).toMatchObject({
      ok: true,
      data: { member: { status: 'rejected', rejectReason: '姓名与身份证号不符' } },
    });
    expect(await counterOf('courier')).toBe(0);
    const outbox = await world.ports.store.find(Outbox, { where: { openid: people.worker } });
    expect(outbox.items).toEqual([expect.objectContaining({ template: 'memberRejected', data: expect.objectContaining({ reason: '姓名与身份证号不符' }) })]);
  });

  it('lets an admin of the district approve anywhere below it', async () => {
    const result = await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'admin');
    expect(result.ok).toBe(true);
  });

  it('forbids staff of another union and writes nothing', async () => {
    const before = await world.snapshot();
    const result = await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffElsewhere');
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('forbids staff deciding their own application', async () => {
    await world.call('member', 'join', world.joinInput(8, 'g1b'), 's-here-2');
    await world.ports.store.insert(
      (await import('../../../cloudfunctions/common/collections/staff.collection')).Staff,
      { _id: 's-here-2:street', openid: 's-here-2', unionId: 'street', unionPath: '/root/street/', unionName: '长青街道总工会', roles: ['reviewer'], grantedAt: 0, grantedBy: 'test' },
    );
    const result = await world.call('member', 'review', { memberId: 's-here-2', decision: 'approve' }, 's-here-2');
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('refuses an application that does not exist', async () => {
    const result = await world.call('member', 'review', { memberId: 'nobody', decision: 'approve' }, 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'MEMBER.APPLICATION_NOT_FOUND' } });
  });

  it('refuses to decide twice and keeps the first decision', async () => {
    await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffHere');
    const before = await world.snapshot();
    const again = await world.call('member', 'review', { memberId: people.worker, decision: 'reject', reason: '重复操作' }, 'admin');
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_PENDING' } });
    expect(await world.snapshot()).toEqual(before);
    expect((await world.ports.store.get(Members, people.worker))?.status).toBe('approved');
  });

  it('counts one approval when two reviewers approve at the same moment', async () => {
    const results = await Promise.all([
      world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffHere'),
      world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'admin'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'MEMBER.NOT_PENDING' } });
    expect(await counterOf('courier')).toBe(1);
    expect(await world.ports.store.count(Audit, { 'target.id': people.worker })).toBe(1);
  });

  it('hands out consecutive member numbers and never the same one twice', async () => {
    for (const serial of [8, 9, 10]) await world.call('member', 'join', world.joinInput(serial), `w-${serial}`);
    const numbers = await Promise.all(
      ['worker', 'w-8', 'w-9', 'w-10'].map(async (openid) => {
        const result = await world.call<{ memberNo: string }>('member', 'review', { memberId: openid === 'worker' ? people.worker : openid, decision: 'approve' }, 'staffHere');
        return result.ok ? result.data.memberNo : null;
      }),
    );
    expect([...numbers].sort()).toEqual(['NX2026000002', 'NX2026000003', 'NX2026000004', 'NX2026000005']);
    // The world's member is a rider approved this month too.
    expect(await counterOf('rider')).toBe(4);
  });

  it('returns the first result to a retried approval with the same requestId', async () => {
    const first = await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffHere', 'review-retry-01');
    const after = await world.snapshot();
    const retry = await world.call('member', 'review', { memberId: people.worker, decision: 'approve' }, 'staffHere', 'review-retry-01');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });
});
