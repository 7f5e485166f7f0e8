import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { createWorld, type World } from '../../support/world';
import { claim, stationIds, withCampaign } from '../../support/welfare-world';

/**
 * The claims benchmark's assertions at test size: many workers and repeated taps racing for few packs,
 * all in flight at once through the router. Never more vouchers than packs, never two for one worker.
 */
describe('welfare.claim under concurrency', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const race = async (campaignId: string, workers: string[], doubleTappers: string[], stationOf: (i: number) => string) => {
    const taps = [...workers.map((openid, i) => ({ openid, station: stationOf(i) })), ...doubleTappers.map((openid) => ({ openid, station: stationOf(workers.indexOf(openid)) }))];
    // Interleave the repeated taps among the first ones.
    taps.sort((a, b) => (a.openid + a.station).localeCompare(b.openid + b.station));
    const results = await Promise.all(taps.map((tap) => claim(world, tap.openid, campaignId, tap.station, { occupation: 'rider' })));
    const refusals = new Set(results.filter((result) => !result.ok).map((result) => (result.ok ? '' : result.error.code)));
    const vouchers = (await world.ports.store.find(Claims, { where: { campaignId }, limit: 100 })).items;
    const holders = vouchers.map((voucher) => voucher.openid);
    return { granted: results.filter((result) => result.ok).length, vouchers: vouchers.length, duplicates: holders.length - new Set(holders).size, refusals };
  };

  it('hands out exactly the pool to 60 workers and 20 repeated taps, one voucher each', async () => {
    const campaignId = await withCampaign(world, { membersOnly: false, occupations: ['rider'], totalStock: 10 });
    const workers = Array.from({ length: 60 }, (_, i) => `racer-${String(i).padStart(2, '0')}`);
    const outcome = await race(campaignId, workers, workers.slice(0, 20), () => stationIds.g1);

    expect(outcome).toEqual({ granted: 10, vouchers: 10, duplicates: 0, refusals: new Set(['WELFARE.SOLD_OUT', 'WELFARE.ALREADY_CLAIMED']) });
    const campaign = (await world.ports.store.get(Campaigns, campaignId))!;
    expect(campaign).toMatchObject({ total: 10, remaining: 0, claimed: 10 });
    expect(campaign.stations[stationIds.g1].claimed).toBe(10);
    expect(campaign.byOccupation.rider?.claimed).toBe(10);
    expect((await world.ports.store.get(Counters, 'welfare:street:rider:2026-11'))?.claimed).toBe(10);
  });

  it('never oversells a station’s own stock while the other station still gives', async () => {
    const campaignId = await withCampaign(world, {
      membersOnly: false,
      occupations: ['rider'],
      stockMode: 'perStation',
      totalStock: undefined,
      stations: [{ stationId: stationIds.g1, stock: 3 }, { stationId: stationIds.g1b, stock: 4 }],
    });
    const workers = Array.from({ length: 40 }, (_, i) => `racer-${String(i).padStart(2, '0')}`);
    const outcome = await race(campaignId, workers, workers.slice(0, 10), (i) => (i % 2 === 0 ? stationIds.g1 : stationIds.g1b));

    expect(outcome).toMatchObject({ granted: 7, vouchers: 7, duplicates: 0 });
    const campaign = (await world.ports.store.get(Campaigns, campaignId))!;
    expect(campaign.remaining).toBe(0);
    expect(campaign.stations[stationIds.g1]).toMatchObject({ remaining: 0, claimed: 3 });
    expect(campaign.stations[stationIds.g1b]).toMatchObject({ remaining: 0, claimed: 4 });
    const atStation = async (stationId: string) => world.ports.store.count(Claims, { campaignId, stationId });
    expect([await atStation(stationIds.g1), await atStation(stationIds.g1b)]).toEqual([3, 4]);
  });

  it('gives a voucher back and claims it again at the same moment without losing or doubling a pack', async () => {
    const campaignId = await withCampaign(world, { membersOnly: false, occupations: ['rider'], totalStock: 2 });
    const first = await claim(world, 'racer-a', campaignId, stationIds.g1, { occupation: 'rider' });
    if (!first.ok) throw new Error('setup');
    expect((await world.call('welfare', 'cancelClaim', { voucherId: first.data.id }, 'racer-a')).ok).toBe(true);
    const results = await Promise.all([1, 2, 3, 4].map(() => claim(world, 'racer-a', campaignId, stationIds.g1, { occupation: 'rider' })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await world.ports.store.get(Campaigns, campaignId))?.remaining).toBe(1);
    expect(await world.ports.store.count(Claims, { campaignId, status: 'active' })).toBe(1);
  });
});
