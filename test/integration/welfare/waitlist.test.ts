import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Waitlist } from '../../../cloudfunctions/common/collections/waitlist.collection';
import { welfareSweep } from '../../../cloudfunctions/welfare/sweep.job';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;

describe('the waitlist of a sold-out campaign', () => {
  let world: World;
  let campaignId: string;
  beforeEach(async () => {
    world = await createWorld();
    campaignId = await withCampaign(world, { totalStock: 1, voucherValidHours: 2 });
    await approvedMember(world, 'w-2', 130);
    await approvedMember(world, 'w-3', 131);
    expectOk(await claim(world, people.member, campaignId));
  });
  afterEach(() => world.close());

  const join = (openid: string) => world.call<{ position: number }>('welfare', 'joinWaitlist', { campaignId, stationId: stationIds.g1 }, openid);
  const campaigns = async (openid: string) =>
    expectOk(await world.call<{ items: Array<{ id: string; availability: string; waitlistPosition: number | null; voucherId: string | null }> }>('welfare', 'campaigns', {}, openid));

  it('queues workers in order and tells each their place', async () => {
    expect(expectOk(await join('w-2'))).toEqual({ position: 1 });
    world.clock.advance(1000);
    expect(expectOk(await join('w-3'))).toEqual({ position: 2 });
    expect((await world.ports.store.get(Campaigns, campaignId))?.waiting).toBe(2);
    const seen = (await campaigns('w-3')).items.find((item) => item.id === campaignId);
    expect(seen).toMatchObject({ availability: 'waitlisted', waitlistPosition: 2 });
  });

  it('refuses a second place, a queue while packs are left, and someone who already has a voucher', async () => {
    expectOk(await join('w-2'));
    const before = await world.snapshot();
    expect(await join('w-2')).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_WAITLISTED' } });
    expect(await join(people.member)).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_CLAIMED' } });
    expect(await world.snapshot()).toEqual(before);
    const roomy = await withCampaign(world, { totalStock: 3 });
    expect(await world.call('welfare', 'joinWaitlist', { campaignId: roomy, stationId: stationIds.g1 }, 'w-2')).toMatchObject({ ok: false, error: { code: 'WELFARE.NOT_SOLD_OUT' } });
  });

  it('hands a given-back pack straight to the first in line, who is told; nobody else can take it', async () => {
    expectOk(await join('w-2'));
    world.clock.advance(1000);
    expectOk(await join('w-3'));
    const voucherId = `${campaignId}_${people.member}`;
    expectOk(await world.call('welfare', 'cancelClaim', { voucherId }, people.member));

    expect(await world.ports.store.get(Claims, `${campaignId}_w-2`)).toMatchObject({ status: 'active' });
    expect(await world.ports.store.get(Waitlist, `${campaignId}_w-2`)).toMatchObject({ state: 'granted' });
    expect(await world.ports.store.get(Campaigns, campaignId)).toMatchObject({ remaining: 0, waiting: 1, claimed: 2, cancelled: 1 });
    const told = await world.ports.store.find(Outbox, { where: { openid: 'w-2', template: 'welfareWaitlistGranted' } });
    expect(told.items).toHaveLength(1);
    expect((await campaigns('w-3')).items.find((item) => item.id === campaignId)).toMatchObject({ availability: 'waitlisted', waitlistPosition: 1 });
    expect((await campaigns('w-2')).items.find((item) => item.id === campaignId)).toMatchObject({ availability: 'claimed', voucherId: `${campaignId}_w-2` });
  });

  it('hands an expired voucher’s pack to the first in line at the sweep', async () => {
    expectOk(await join('w-2'));
    world.clock.advance(2 * hourMs);
    expect(await welfareSweep.run(world.ports)).toMatchObject({ expired: 1 });
    expect(await world.ports.store.get(Claims, `${campaignId}_w-2`)).toMatchObject({ status: 'active' });
    expect(await world.ports.store.get(Campaigns, campaignId)).toMatchObject({ remaining: 0, waiting: 0, expired: 1 });
  });

  it('serves the queue first from a top-up, then leaves the rest in stock', async () => {
    expectOk(await join('w-2'));
    world.clock.advance(1000);
    expectOk(await join('w-3'));
    const after = expectOk(await world.call<{ remaining: number; waiting: number }>('welfare', 'topUpCampaign', { campaignId, amount: 5 }, people.admin));
    expect(after).toMatchObject({ remaining: 3, waiting: 0 });
    expect(await world.ports.store.count(Claims, { campaignId, status: 'active' })).toBe(3);
  });

  it('skips someone who can no longer be served (left the union) and serves the next', async () => {
    expectOk(await join('w-2'));
    world.clock.advance(1000);
    expectOk(await join('w-3'));
    // w-2 left: their membership is no longer approved (the join record stays, as after 退会).
    await world.ports.store.update(Members, 'w-2', { $set: { status: 'rejected' } });
    expectOk(await world.call('welfare', 'cancelClaim', { voucherId: `${campaignId}_${people.member}` }, people.member));
    expect(await world.ports.store.get(Waitlist, `${campaignId}_w-2`)).toMatchObject({ state: 'dropped' });
    expect(await world.ports.store.get(Claims, `${campaignId}_w-3`)).toMatchObject({ status: 'active' });
    expect(await world.ports.store.get(Campaigns, campaignId)).toMatchObject({ remaining: 0, waiting: 0 });
  });

  const endedNotices = (openid: string) => world.ports.store.count(Outbox, { openid, template: 'welfareWaitlistEnded' });

  it('tells everyone still waiting when the campaign is closed, once, and empties the line', async () => {
    expectOk(await join('w-2'));
    world.clock.advance(1000);
    expectOk(await join('w-3'));
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId, status: 'closed' }, people.admin));

    expect(await world.ports.store.get(Waitlist, `${campaignId}_w-2`)).toMatchObject({ state: 'dropped', settledAt: world.clock.now() });
    expect(await world.ports.store.get(Campaigns, campaignId)).toMatchObject({ status: 'closed', waiting: 0 });
    expect([await endedNotices('w-2'), await endedNotices('w-3')]).toEqual([1, 1]);
    // A second close and a sweep tell nobody again.
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId, status: 'closed' }, people.admin));
    expect(await welfareSweep.run(world.ports)).toMatchObject({ toldEnded: 0 });
    expect([await endedNotices('w-2'), await endedNotices('w-3')]).toEqual([1, 1]);
    expect((await campaigns('w-2')).items.find((item) => item.id === campaignId)?.waitlistPosition ?? null).toBeNull();
  });

  it('tells those waiting at the first sweep after the claim window ends, and only then', async () => {
    expectOk(await join('w-2'));
    expect(await welfareSweep.run(world.ports)).toMatchObject({ toldEnded: 0 });
    expect(await endedNotices('w-2')).toBe(0);

    world.clock.advance(7 * 24 * hourMs);
    expect(await welfareSweep.run(world.ports)).toMatchObject({ toldEnded: 1 });
    expect(await welfareSweep.run(world.ports)).toMatchObject({ toldEnded: 0 });
    expect(await endedNotices('w-2')).toBe(1);
    expect(await world.ports.store.get(Campaigns, campaignId)).toMatchObject({ waiting: 0 });
  });

  it('returns a voucher given back after claiming ended to the stock and tells the line it ended', async () => {
    const shortId = await withCampaign(world, { totalStock: 1, voucherValidHours: 4, claimEndsAt: world.clock.now() + hourMs });
    expectOk(await claim(world, people.member, shortId));
    expectOk(await world.call('welfare', 'joinWaitlist', { campaignId: shortId, stationId: stationIds.g1 }, 'w-2'));
    world.clock.advance(2 * hourMs);

    expectOk(await world.call('welfare', 'cancelClaim', { voucherId: `${shortId}_${people.member}` }, people.member));

    expect(await world.ports.store.get(Claims, `${shortId}_w-2`)).toBeNull();
    expect(await world.ports.store.get(Campaigns, shortId)).toMatchObject({ remaining: 1, waiting: 0 });
    expect(await world.ports.store.count(Outbox, { openid: 'w-2', template: 'welfareWaitlistEnded' })).toBe(1);
  });
});
