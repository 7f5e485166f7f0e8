import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

describe('welfare.claim', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const campaignDoc = async (id: string) => (await world.ports.store.get(Campaigns, id))!;
  const counter = async (occupation = 'rider') => (await world.ports.store.get(Counters, `welfare:street:${occupation}:2026-11`)) ?? null;

  it('gives a member a voucher: code, QR, station, window; the pool, the tallies and the counter move together', async () => {
    const campaignId = await withCampaign(world);
    const result = await claim(world, people.member, campaignId);
    const voucher = expectOk(result);
    expect(voucher).toMatchObject({
      id: `${campaignId}_${people.member}`,
      status: 'active',
      station: { id: stationIds.g1, name: '长青骑手驿站' },
      anyStation: true,
      claimedAt: world.clock.now(),
      expiresAt: world.clock.now() + 72 * hourMs,
      cancellable: true,
    });
    expect(voucher.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect((voucher as unknown as { qrPayload: string }).qrPayload).toBe(`nuanxin:voucher:${voucher.code}`);

    const campaign = await campaignDoc(campaignId);
    expect(campaign).toMatchObject({ total: 5, remaining: 4, claimed: 1, dirty: true, stockChangedAt: world.clock.now() });
    expect(campaign.stations[stationIds.g1]).toMatchObject({ claimed: 1, total: null, remaining: null });
    expect(campaign.byOccupation.rider).toEqual({ claimed: 1, redeemed: 0 });
    expect(await counter()).toMatchObject({ kind: 'welfare', unionId: 'street', unionPath: '/root/street/', occupation: 'rider', month: '2026-11', claimed: 1 });
    expect(await world.ports.store.get(Claims, voucher.id)).toMatchObject({ openid: people.member, isMember: true, holderNameMasked: '王*员', holderPhoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/) });
  });

  it('refuses a second claim by the same worker and writes nothing', async () => {
    const campaignId = await withCampaign(world);
    expectOk(await claim(world, people.member, campaignId));
    const before = await world.snapshot();
    const stock = (await campaignDoc(campaignId)).remaining;
    const again = await claim(world, people.member, campaignId, stationIds.g1b);
    expect(again).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_CLAIMED' } });
    expect(await world.snapshot()).toEqual(before);
    expect((await campaignDoc(campaignId)).remaining).toBe(stock);
  });

  it('answers a retry with the same requestId with the same voucher, taking one pack', async () => {
    const campaignId = await withCampaign(world);
    const first = await claim(world, people.member, campaignId, stationIds.g1, {}, 'claim-retry-0001');
    const after = await world.snapshot();
    const retry = await claim(world, people.member, campaignId, stationIds.g1, {}, 'claim-retry-0001');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
    expect((await campaignDoc(campaignId)).remaining).toBe(4);
  });

  it('keeps members-only packs for members, and says so to a worker who has not joined', async () => {
    const campaignId = await withCampaign(world);
    const before = await world.snapshot();
    expect(await claim(world, people.worker, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.MEMBERS_ONLY' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('lets workers who have not joined claim when the campaign is open to their occupation, asking for it first', async () => {
    const campaignId = await withCampaign(world, { membersOnly: false, occupations: ['courier'] });
    expect(await claim(world, people.worker, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.OCCUPATION_NEEDED', fields: { occupation: expect.any(String) } } });
    expect(await claim(world, people.worker, campaignId, stationIds.g1, { occupation: 'rider' })).toMatchObject({ ok: false, error: { code: 'WELFARE.NOT_ELIGIBLE' } });
    const voucher = expectOk(await claim(world, people.worker, campaignId, stationIds.g1, { occupation: 'courier' }));
    expect(await world.ports.store.get(Claims, voucher.id)).toMatchObject({ isMember: false, occupation: 'courier', holderNameMasked: null });
    expect(await counter('courier')).toMatchObject({ claimed: 1 });
  });

  it('refuses members of unions outside the campaign, unless it is open to their occupation', async () => {
    await approvedMember(world, 'w-g2', 101, 'g2', 'courier');
    const membersOnly = await withCampaign(world);
    expect(await claim(world, 'w-g2', membersOnly)).toMatchObject({ ok: false, error: { code: 'WELFARE.NOT_ELIGIBLE' } });
    const open = await withCampaign(world, { membersOnly: false, occupations: ['courier'] });
    expect(expectOk(await claim(world, 'w-g2', open)).status).toBe('active');
  });

  it('refuses a station the campaign does not hand out at, and a campaign that does not exist', async () => {
    const campaignId = await withCampaign(world);
    expect(await claim(world, people.member, campaignId, stationIds.g2)).toMatchObject({ ok: false, error: { code: 'WELFARE.STATION_NOT_IN_CAMPAIGN', fields: { stationId: expect.any(String) } } });
    expect(await claim(world, people.member, 'cp_nothing')).toMatchObject({ ok: false, error: { code: 'WELFARE.CAMPAIGN_NOT_FOUND' } });
  });

  it('refuses before the claim window opens and after it closes', async () => {
    const later = await withCampaign(world, { claimStartsAt: world.clock.now() + dayMs, claimEndsAt: world.clock.now() + 2 * dayMs });
    expect(await claim(world, people.member, later)).toMatchObject({ ok: false, error: { code: 'WELFARE.NOT_STARTED' } });
    world.clock.advance(2 * dayMs);
    expect(await claim(world, people.member, later)).toMatchObject({ ok: false, error: { code: 'WELFARE.ENDED' } });
    expect((await campaignDoc(later)).remaining).toBe(5);
  });

  it('refuses while paused and once closed', async () => {
    const campaignId = await withCampaign(world);
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId, status: 'paused' }, people.admin));
    expect(await claim(world, people.member, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.PAUSED' } });
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId, status: 'closed' }, people.admin));
    expect(await claim(world, people.member, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.CLOSED' } });
    expect((await campaignDoc(campaignId)).remaining).toBe(5);
  });

  it('says sold out when the pool is empty, writing nothing', async () => {
    const campaignId = await withCampaign(world, { totalStock: 1 });
    await approvedMember(world, 'w-2', 102);
    expectOk(await claim(world, people.member, campaignId));
    const before = await world.snapshot();
    expect(await claim(world, 'w-2', campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.SOLD_OUT' } });
    expect(await world.snapshot()).toEqual(before);
    expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 0, claimed: 1 });
  });

  it('counts each station’s own stock in per-station mode: one station sold out, the other still giving', async () => {
    const campaignId = await withCampaign(world, {
      stockMode: 'perStation',
      totalStock: undefined,
      stations: [{ stationId: stationIds.g1, stock: 1 }, { stationId: stationIds.g1b, stock: 2 }],
    });
    await approvedMember(world, 'w-2', 102);
    expect(await campaignDoc(campaignId)).toMatchObject({ total: 3, remaining: 3 });
    const first = expectOk(await claim(world, people.member, campaignId, stationIds.g1));
    expect(first).toMatchObject({ anyStation: false });
    expect(await claim(world, 'w-2', campaignId, stationIds.g1)).toMatchObject({ ok: false, error: { code: 'WELFARE.SOLD_OUT' } });
    expectOk(await claim(world, 'w-2', campaignId, stationIds.g1b));
    const campaign = await campaignDoc(campaignId);
    expect(campaign.remaining).toBe(1);
    expect(campaign.stations[stationIds.g1]).toMatchObject({ total: 1, remaining: 0, claimed: 1 });
    expect(campaign.stations[stationIds.g1b]).toMatchObject({ total: 2, remaining: 1, claimed: 1 });
  });

  it('gives one voucher per day in a per-day campaign', async () => {
    const campaignId = await withCampaign(world, { perPerson: 'daily' });
    const today = expectOk(await claim(world, people.member, campaignId));
    expect(today.id).toBe(`${campaignId}_${people.member}_2026-11-29`);
    expect(await claim(world, people.member, campaignId)).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_CLAIMED', message: expect.stringContaining('明天') } });
    world.clock.advance(dayMs);
    const tomorrow = expectOk(await claim(world, people.member, campaignId));
    expect(tomorrow.id).toBe(`${campaignId}_${people.member}_2026-11-30`);
    expect((await campaignDoc(campaignId)).remaining).toBe(3);
  });

  it('lets a worker claim again after giving the voucher back, with a new code', async () => {
    const campaignId = await withCampaign(world);
    const first = expectOk(await claim(world, people.member, campaignId));
    expectOk(await world.call('welfare', 'cancelClaim', { voucherId: first.id }, people.member));
    const second = expectOk(await claim(world, people.member, campaignId));
    expect(second.id).toBe(first.id);
    expect(second.code).not.toBe(first.code);
    expect(await campaignDoc(campaignId)).toMatchObject({ remaining: 4, claimed: 2, cancelled: 1 });
  });
});
