import { privacyNoticeVersion } from '@core/privacy';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Transfers } from '../../../cloudfunctions/common/collections/transfers.collection';
import { requestTransfer } from '../../support/member-steps';
import { createWorld, people, type World } from '../../support/world';

describe('member.requestTransfer and member.cancelTransfer', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('files a request to the receiving union, tells its reviewers (not who), and shows it in 我的', async () => {
    const result = await world.call('member', 'requestTransfer', { toUnionId: 'g2', note: '搬家到货运园区了' }, 'member');
    expect(result).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        status: 'pending',
        from: { id: 'g1', name: '长青站点骑手工会' },
        to: { id: 'g2', name: '货运司机联合工会' },
        note: '搬家到货运园区了',
        byStaff: false,
        requestedAt: world.clock.now(),
        decidedAt: null,
        reason: null,
      },
    });
    const id = result.ok ? (result.data as { id: string }).id : '';
    expect((await world.ports.store.get(Members, people.member))?.pendingTransferId).toBe(id);
    // The member has not moved yet.
    expect(await world.call('member', 'card', {}, 'member')).toMatchObject({ ok: true, data: { union: { id: 'g1' } } });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { transfer: { id, status: 'pending' } } });

    const messages = await world.ports.store.find(Outbox, { where: { template: 'transferRequested' } });
    expect(messages.items.map((message) => message.openid)).toEqual([people.staffElsewhere]);
    expect(JSON.stringify(messages.items)).not.toContain('王会员');
  });

  it.each([
    ['an unknown union', 'nowhere', 'UNION.NOT_FOUND'],
    ['a union that takes no members directly', 'industry', 'UNION.NOT_ACCEPTING'],
    ['the union the member is already in', 'g1', 'MEMBER.TRANSFER_SAME_UNION'],
  ])('refuses %s and writes nothing', async (_case, toUnionId, code) => {
    const before = await world.snapshot();
    const result = await world.call('member', 'requestTransfer', { toUnionId }, 'member');
    expect(result).toMatchObject({ ok: false, error: { code, fields: { toUnionId: expect.any(String) } } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('keeps one open request at a time, even when two are sent at once', async () => {
    const results = await Promise.all([
      world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'member'),
      world.call('member', 'requestTransfer', { toUnionId: 'g1b' }, 'member'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'MEMBER.TRANSFER_PENDING' } });
    expect(await world.ports.store.count(Transfers, { memberOpenid: people.member })).toBe(1);
  });

  it('files once when the same request is retried with its requestId', async () => {
    const first = await world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'member', 'transfer-retry-01');
    const after = await world.snapshot();
    expect(await world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'member', 'transfer-retry-01')).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });

  it('is for approved members only', async () => {
    await world.call('member', 'join', world.joinInput(7), 'worker');
    expect(await world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'worker')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
  });

  it('asks for consent again first when the privacy notice changed since the member agreed', async () => {
    await world.ports.store.update(Members, people.member, { $set: { 'consent.version': '2020-01-01' } });
    const before = await world.snapshot();
    expect(await world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
    expect(await world.snapshot()).toEqual(before);
    await world.call('member', 'renewConsent', { consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }, 'member');
    expect((await world.call('member', 'requestTransfer', { toUnionId: 'g2' }, 'member')).ok).toBe(true);
  });

  it('lets the member take a pending request back, and then ask again', async () => {
    const id = await requestTransfer(world, 'member', 'g2');
    const cancelled = await world.call('member', 'cancelTransfer', { transferId: id }, 'member');
    expect(cancelled).toMatchObject({ ok: true, data: { id, status: 'cancelled', decidedAt: world.clock.now() } });
    expect((await world.ports.store.get(Members, people.member))?.pendingTransferId).toBeNull();
    expect(await world.call('member', 'cancelTransfer', { transferId: id }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_PENDING' } });
    expect((await world.call('member', 'requestTransfer', { toUnionId: 'g1b' }, 'member')).ok).toBe(true);
  });

  it("treats someone else's request as not found", async () => {
    await world.call('member', 'join', world.joinInput(8, 'g2'), 'other');
    await world.call('member', 'review', { memberId: 'other', decision: 'approve' }, 'staffElsewhere');
    const theirs = await requestTransfer(world, 'other', 'g1');
    const before = await world.snapshot();
    expect(await world.call('member', 'cancelTransfer', { transferId: theirs }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_FOUND' } });
    expect(await world.call('member', 'cancelTransfer', { transferId: 'no-such' }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.TRANSFER_NOT_FOUND' } });
    expect(await world.snapshot()).toEqual(before);
  });
});
