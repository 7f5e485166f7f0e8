import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign, type VoucherData } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

interface Lookup {
  code: string;
  status: string;
  holder: { name: string | null; phone: string | null; isMember: boolean; occupation: string };
  stations: Array<{ id: string; name: string }>;
  problem: string | null;
  redeemedAt: number | null;
  redeemedStationName: string | null;
}

describe('核销: welfare.lookupVoucher and welfare.redeem', () => {
  let world: World;
  let campaignId: string;
  let voucher: VoucherData;
  beforeEach(async () => {
    world = await createWorld();
    campaignId = await withCampaign(world);
    voucher = expectOk(await claim(world, people.member, campaignId));
  });
  afterEach(() => world.close());

  const lookup = (code: string, as: string = people.staffHere) => world.call<Lookup>('welfare', 'lookupVoucher', { code }, as);
  const redeem = (code: string, stationId: string = stationIds.g1, as: string = people.staffHere, requestId?: string) =>
    world.call<Lookup>('welfare', 'redeem', { code, stationId }, as, requestId);

  it('shows staff who holds the code, masked, and where they may hand it out — a typed code in any case, or a scan', async () => {
    const typed = `${voucher.code.slice(0, 4).toLowerCase()}-${voucher.code.slice(4)}`;
    const shown = expectOk(await lookup(typed));
    expect(shown).toMatchObject({
      code: voucher.code,
      status: 'active',
      holder: { name: '王*员', isMember: true, occupation: 'rider' },
      stations: [{ id: stationIds.g1, name: '长青骑手驿站' }],
      problem: null,
    });
    expect(shown.holder.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(shown)).not.toContain(people.member);
    expect(expectOk(await lookup(`nuanxin:voucher:${voucher.code}`)).code).toBe(voucher.code);
    // The district admin may hand it out at any of the campaign's stations.
    expect(expectOk(await lookup(voucher.code, people.admin)).stations.map((s) => s.id)).toEqual([stationIds.g1, stationIds.g1b]);
  });

  it('redeems once: the voucher, the tallies, the counter, an audit line without the openid, and a message to the worker', async () => {
    const done = expectOk(await redeem(voucher.code));
    expect(done).toMatchObject({ status: 'redeemed', redeemedAt: world.clock.now(), redeemedStationName: '长青骑手驿站', problem: 'WELFARE.ALREADY_REDEEMED' });
    expect(await world.ports.store.get(Claims, voucher.id)).toMatchObject({ status: 'redeemed', redeemedBy: people.staffHere, redeemedStationId: stationIds.g1 });
    const campaign = (await world.ports.store.get(Campaigns, campaignId))!;
    expect(campaign).toMatchObject({ redeemed: 1, remaining: 4 });
    expect(campaign.stations[stationIds.g1].redeemed).toBe(1);
    expect(campaign.byOccupation.rider?.redeemed).toBe(1);
    expect(await world.ports.store.get(Counters, 'welfare:street:rider:2026-11')).toMatchObject({ claimed: 1, redeemed: 1 });
    const audit = await world.ports.store.find(Audit, { where: { action: 'welfare.redeem' } });
    expect(audit.items).toEqual([expect.objectContaining({ actorOpenid: people.staffHere, unionId: 'g1', target: { collection: 'claims', id: voucher.code } })]);
    expect(JSON.stringify(audit.items)).not.toContain(people.member);
    const told = await world.ports.store.find(Outbox, { where: { openid: people.member, template: 'welfareRedeemed' } });
    expect(told.items).toEqual([expect.objectContaining({ data: expect.objectContaining({ station: '长青骑手驿站' }) })]);

    const mine = expectOk(await world.call<{ items: Array<{ status: string; redeemedStationName: string }> }>('welfare', 'myClaims', {}, people.member));
    expect(mine.items[0]).toMatchObject({ status: 'redeemed', redeemedStationName: '长青骑手驿站' });
  });

  it('refuses a second redemption and writes nothing; a retry with the same requestId gets the first answer', async () => {
    const first = await redeem(voucher.code, stationIds.g1, people.staffHere, 'redeem-retry-001');
    expect(await redeem(voucher.code, stationIds.g1, people.staffHere, 'redeem-retry-001')).toEqual(first);
    const before = await world.snapshot();
    expect(await redeem(voucher.code, stationIds.g1, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_REDEEMED' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('redeems once when two staff scan the same voucher at the same moment', async () => {
    const results = await Promise.all([redeem(voucher.code), redeem(voucher.code, stationIds.g1b, people.admin)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'WELFARE.ALREADY_REDEEMED' } });
    expect((await world.ports.store.get(Campaigns, campaignId))?.redeemed).toBe(1);
    expect(await world.ports.store.count(Audit, { action: 'welfare.redeem' })).toBe(1);
  });

  it('keeps staff of other unions out: they can neither see nor redeem the voucher', async () => {
    const before = await world.snapshot();
    expect(await lookup(voucher.code, people.staffElsewhere)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await redeem(voucher.code, stationIds.g1, people.staffElsewhere)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    // staffHere works at g1's station, not at g1b's.
    expect(await redeem(voucher.code, stationIds.g1b)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a station that does not hand the campaign out, and in per-station mode any station but the voucher’s own', async () => {
    expect(await redeem(voucher.code, stationIds.g2, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.WRONG_STATION' } });
    await approvedMember(world, 'w-2', 140);
    const perStation = await withCampaign(world, { stockMode: 'perStation', totalStock: undefined, stations: [{ stationId: stationIds.g1, stock: 2 }, { stationId: stationIds.g1b, stock: 2 }] });
    const own = expectOk(await claim(world, 'w-2', perStation, stationIds.g1b));
    expect(expectOk(await lookup(own.code, people.admin)).stations.map((s) => s.id)).toEqual([stationIds.g1b]);
    expect(await redeem(own.code, stationIds.g1, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.WRONG_STATION', fields: { stationId: expect.stringContaining('长青快递驿站') } } });
    expect(expectOk(await redeem(own.code, stationIds.g1b, people.admin)).status).toBe('redeemed');
  });

  it('refuses outside the pick-up window', async () => {
    const now = world.clock.now();
    const later = await withCampaign(world, { pickupStartsAt: now + dayMs, pickupEndsAt: now + 3 * dayMs, voucherValidHours: 720 });
    await approvedMember(world, 'w-3', 141);
    const early = expectOk(await claim(world, 'w-3', later));
    expect(expectOk(await lookup(early.code)).problem).toBe('WELFARE.PICKUP_NOT_STARTED');
    expect(await redeem(early.code)).toMatchObject({ ok: false, error: { code: 'WELFARE.PICKUP_NOT_STARTED' } });
    world.clock.advance(3 * dayMs);
    expect(await redeem(early.code)).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_EXPIRED' } });
  });

  it('refuses an expired voucher, a given-back one, and a code that does not exist', async () => {
    expectOk(await world.call('welfare', 'cancelClaim', { voucherId: voucher.id }, people.member));
    expect(await redeem(voucher.code)).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_CANCELLED' } });
    const again = expectOk(await claim(world, people.member, campaignId));
    // The new voucher has a new code; the old one no longer leads to it.
    expect(again.code).not.toBe(voucher.code);
    world.clock.advance(72 * hourMs);
    expect(await redeem(again.code)).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_EXPIRED' } });
    expect(await lookup('ZZZZ2222')).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_NOT_FOUND' } });
    expect(await lookup('not a code')).toMatchObject({ ok: false, error: { code: 'WELFARE.VOUCHER_NOT_FOUND', fields: { code: expect.any(String) } } });
  });
});
