import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { quietMs } from '../../../cloudfunctions/welfare/reconcile-stock';
import { welfareSweep } from '../../../cloudfunctions/welfare/sweep.job';
import { takeUnit } from '../../../cloudfunctions/welfare/stock';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;

describe('giving a voucher back, expiry and the sweep', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const campaignDoc = async (id: string) => (await world.ports.store.get(Campaigns, id))!;
  const sweep = () => welfareSweep.run(world.ports);

  describe('welfare.cancelClaim', () => {
    it('gives the pack back to the stock and counts it', async () => {
      const campaignId = await withCampaign(world);
      const voucher = expectOk(await claim(world, people.member, campaignId));
      const cancelled = expectOk(await world.call<{ status: string; cancellable: boolean }>('welfare', 'cancelClaim', { voucherId: voucher.id }, people.member));
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellable: false });
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 5, claimed: 1, cancelled: 1 });
      expect(await world.ports.store.get(Counters, 'welfare:street:rider:2026-11')).toMatchObject({ claimed: 1, cancelled: 1 });
    });

    it('does not let anyone give back someone else’s voucher, nor say that it exists', async () => {
      const campaignId = await withCampaign(world);
      const voucher = expectOk(await claim(world, people.member, campaignId));
      const before = await world.snapshot();
      expect(await world.call('welfare', 'cancelClaim', { voucherId: voucher.id }, people.staffHere)).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_NOT_FOUND' } });
      expect(await world.call('welfare', 'cancelClaim', { voucherId: 'cp_x_nobody' }, people.member)).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_NOT_FOUND' } });
      expect(await world.snapshot()).toEqual(before);
    });

    it('refuses a voucher already picked up, or already given back, writing nothing', async () => {
      const campaignId = await withCampaign(world);
      const voucher = expectOk(await claim(world, people.member, campaignId));
      expectOk(await world.call('welfare', 'redeem', { code: voucher.code, stationId: stationIds.g1 }, people.staffHere));
      const before = await world.snapshot();
      expect(await world.call('welfare', 'cancelClaim', { voucherId: voucher.id }, people.member)).toMatchObject({ ok: false, error: { code: 'WELFARE.NOT_CANCELLABLE' } });
      expect(await world.snapshot()).toEqual(before);
      expect((await campaignDoc(campaignId)).remaining).toBe(4);
    });

    it('gives back once when the worker taps twice', async () => {
      const campaignId = await withCampaign(world);
      const voucher = expectOk(await claim(world, people.member, campaignId));
      const results = await Promise.all([1, 2, 3].map(() => world.call('welfare', 'cancelClaim', { voucherId: voucher.id }, people.member)));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 5, cancelled: 1 });
    });
  });

  describe('expiry', () => {
    it('the sweep expires overdue vouchers, returns their packs, counts them and tells the worker', async () => {
      const campaignId = await withCampaign(world, { voucherValidHours: 2 });
      const voucher = expectOk(await claim(world, people.member, campaignId));
      world.clock.advance(hourMs);
      expect(await sweep()).toMatchObject({ expired: 0 });
      world.clock.advance(hourMs);
      expect(await sweep()).toMatchObject({ expired: 1 });
      expect(await world.ports.store.get(Claims, voucher.id)).toMatchObject({ status: 'expired', endedAt: world.clock.now() });
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 5, expired: 1 });
      expect(await world.ports.store.get(Counters, 'welfare:street:rider:2026-11')).toMatchObject({ expired: 1 });
      const told = await world.ports.store.find(Outbox, { where: { openid: people.member, template: 'welfareVoucherExpired' } });
      expect(told.items).toHaveLength(1);
      expect(await sweep()).toMatchObject({ expired: 0 });
    });

    it('never lets a voucher outlive the pick-up window', async () => {
      const now = world.clock.now();
      const campaignId = await withCampaign(world, { voucherValidHours: 720, pickupEndsAt: now + 5 * hourMs });
      expect(expectOk(await claim(world, people.member, campaignId)) as unknown).toMatchObject({ expiresAt: now + 5 * hourMs });
    });

    it('shows an overdue voucher as 已过期 and returns its pack as soon as the worker looks, before any sweep', async () => {
      const campaignId = await withCampaign(world, { voucherValidHours: 1 });
      expectOk(await claim(world, people.member, campaignId));
      world.clock.advance(hourMs);
      const mine = expectOk(await world.call<{ items: Array<{ status: string; cancellable: boolean }> }>('welfare', 'myClaims', {}, people.member));
      expect(mine.items).toEqual([expect.objectContaining({ status: 'expired', cancellable: false })]);
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 5, expired: 1 });
    });

    it('lets a worker whose voucher expired claim again', async () => {
      const campaignId = await withCampaign(world, { voucherValidHours: 1 });
      const first = expectOk(await claim(world, people.member, campaignId));
      world.clock.advance(hourMs);
      const second = expectOk(await claim(world, people.member, campaignId));
      expect(second).toMatchObject({ id: first.id, status: 'active' });
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 4, claimed: 2, expired: 1 });
    });
  });

  describe('the stock check (a crash between two writes)', () => {
    it('puts back a pack taken by a claim that died before writing its voucher, once the campaign is quiet', async () => {
      const campaignId = await withCampaign(world);
      expectOk(await claim(world, people.member, campaignId));
      // A claim that took a pack and died: the stock moved, no voucher holds it.
      const campaign = await campaignDoc(campaignId);
      expect(await takeUnit(world.ports.store, campaign, stationIds.g1, 'rider', world.clock.now())).toBe(true);
      expect((await campaignDoc(campaignId)).remaining).toBe(3);

      expect(await sweep()).toMatchObject({ restored: 0 });
      world.clock.advance(quietMs + 1);
      expect(await sweep()).toMatchObject({ restored: 1 });
      expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 4, dirty: false });
      expect(await sweep()).toMatchObject({ restored: 0 });
    });

    it('leaves a campaign alone while vouchers are still changing, and checks each station’s own stock', async () => {
      const campaignId = await withCampaign(world, {
        stockMode: 'perStation',
        totalStock: undefined,
        stations: [{ stationId: stationIds.g1, stock: 2 }, { stationId: stationIds.g1b, stock: 2 }],
      });
      await approvedMember(world, 'w-2', 120);
      expectOk(await claim(world, people.member, campaignId, stationIds.g1b));
      const campaign = await campaignDoc(campaignId);
      await takeUnit(world.ports.store, campaign, stationIds.g1b, 'rider', world.clock.now());
      world.clock.advance(quietMs + 1);
      // A voucher changes just now: not quiet, nothing touched.
      expectOk(await claim(world, 'w-2', campaignId, stationIds.g1));
      expect(await sweep()).toMatchObject({ restored: 0 });
      world.clock.advance(quietMs + 1);
      expect(await sweep()).toMatchObject({ restored: 1 });
      const repaired = await campaignDoc(campaignId);
      expect(repaired.remaining).toBe(2);
      expect(repaired.stations[stationIds.g1].remaining).toBe(1);
      expect(repaired.stations[stationIds.g1b].remaining).toBe(1);
    });

    it('clears a voucher its claim abandoned half-written, and lets the worker claim', async () => {
      const campaignId = await withCampaign(world);
      const id = `${campaignId}_${people.member}`;
      await world.ports.store.insert(Claims, {
        _id: id, campaignId, openid: people.member, code: 'ABCDEFGH', status: 'pending', stationId: stationIds.g1, occupation: 'rider',
        isMember: true, holderNameMasked: null, holderPhoneMasked: null, unionId: 'street', unionPath: '/root/street/',
        claimedAt: world.clock.now(), expiresAt: world.clock.now() + hourMs, redeemedAt: null, redeemedBy: null,
        redeemedStationId: null, endedAt: null, updatedAt: world.clock.now(),
      });
      // Moments later it still looks like a claim in flight.
      expect(await claim(world, people.member, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_CLAIMED' } });
      world.clock.advance(2 * 60 * 1000);
      expect(expectOk(await claim(world, people.member, campaignId)).status).toBe('active');
      expect((await campaignDoc(campaignId)).remaining).toBe(4);
      expect(await world.ports.store.count(Claims, { status: 'pending' })).toBe(0);

      // One nobody comes back for is cleared by the sweep.
      await world.ports.store.insert(Claims, { ...(await world.ports.store.get(Claims, id))!, _id: `${campaignId}_gone`, openid: 'gone', status: 'pending', updatedAt: world.clock.now() });
      world.clock.advance(quietMs + 1);
      await sweep();
      expect(await world.ports.store.count(Claims, { status: 'pending' })).toBe(0);
    });
  });
});
