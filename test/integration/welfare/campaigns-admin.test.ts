import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Stations } from '../../../cloudfunctions/common/collections/stations.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { welfareSweep } from '../../../cloudfunctions/welfare/sweep.job';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, campaignInput, claim, expectOk, seedStations, stationIds, withCampaign } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;
/** The smallest PNG there is: a 1×1 pixel. */
const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

interface AdminView {
  id: string;
  status: string;
  total: number;
  remaining: number;
  claimed: number;
  redeemed: number;
  outstanding: number;
  pictureUrl: string | null;
  stations: Array<{ id: string; total: number | null; remaining: number | null; claimed: number; redeemed: number }>;
  byOccupation: Array<{ occupation: string; claimed: number; redeemed: number }>;
}

describe('campaign administration', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    await seedStations(world);
  });
  afterEach(() => world.close());

  const create = (overrides = {}, as: string = people.admin) => world.call<AdminView>('welfare', 'createCampaign', campaignInput(world, overrides), as);

  describe('welfare.createCampaign', () => {
    it('creates an open campaign with its stations copied in and an audit line', async () => {
      const created = expectOk(await create({ picture: { contentType: 'image/png', base64: onePixelPng } }));
      expect(created).toMatchObject({ status: 'open', total: 5, remaining: 5, claimed: 0, outstanding: 0 });
      expect(created.pictureUrl).toMatch(/^\/files\/campaigns\//);
      expect(created.stations.map((s) => s.id)).toEqual([stationIds.g1, stationIds.g1b]);
      const doc = (await world.ports.store.get(Campaigns, created.id))!;
      expect(doc.stations[stationIds.g1]).toMatchObject({ name: '长青骑手驿站', location: { lat: 30.6395, lng: 114.3902 }, unionPath: '/root/street/g1/' });
      expect(await world.ports.store.count(Audit, { action: 'welfare.createCampaign' })).toBe(1);
    });

    it('sums the stations’ own stocks in per-station mode', async () => {
      const created = expectOk(await create({ stockMode: 'perStation', totalStock: undefined, stations: [{ stationId: stationIds.g1, stock: 30 }, { stationId: stationIds.g1b, stock: 12 }] }));
      expect(created).toMatchObject({ total: 42, remaining: 42 });
      expect(created.stations).toEqual([
        expect.objectContaining({ id: stationIds.g1, total: 30, remaining: 30 }),
        expect.objectContaining({ id: stationIds.g1b, total: 12, remaining: 12 }),
      ]);
    });

    it('checks the form across fields: windows in order, a total for a pool, a stock per station, occupations when open to non-members', async () => {
      const now = world.clock.now();
      const before = await world.snapshot();
      const refused = await create({ claimEndsAt: now - 2 * hourMs, stockMode: 'pooled', totalStock: undefined, membersOnly: false, occupations: [] });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { claimEndsAt: expect.any(String), totalStock: '请填写礼包总数', occupations: expect.any(String) } } });
      const perStation = await create({ stockMode: 'perStation', totalStock: undefined });
      expect(perStation).toMatchObject({ ok: false, error: { fields: { 'stations.0.stock': '请填写这个驿站的礼包数量' } } });
      expect(await world.snapshot()).toEqual(before);
    });

    it('refuses a union or a station outside the admin’s subtree, an inactive station, and a picture that is not one', async () => {
      await world.ports.store.insert(Staff, { _id: 's-street:street', openid: 's-street', unionId: 'street', unionPath: '/root/street/', unionName: '长青街道总工会', roles: ['admin'], grantedAt: 0, grantedBy: 'test' });
      const before = await world.snapshot();
      expect(await create({ unionId: 'g2' }, 's-street')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect(await create({ stations: [{ stationId: stationIds.g2 }] }, 's-street')).toMatchObject({ ok: false, error: { code: 'WELFARE.STATIONS_INVALID', fields: { 'stations.0.stationId': expect.any(String) } } });
      await world.ports.store.update(Stations, stationIds.g1b, { $set: { active: false } });
      expect(await create({})).toMatchObject({ ok: false, error: { code: 'WELFARE.STATIONS_INVALID', fields: { 'stations.1.stationId': expect.any(String) } } });
      await world.ports.store.update(Stations, stationIds.g1b, { $set: { active: true } });
      expect(await create({ picture: { contentType: 'image/jpeg', base64: onePixelPng } })).toMatchObject({ ok: false, error: { code: 'WELFARE.PICTURE_INVALID' } });
      expect(await create({ unionId: 'no-such-union' })).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND' } });
      expect(await world.snapshot()).toEqual(before);
      expect(await world.ports.store.count(Campaigns)).toBe(0);
    });
  });

  describe('welfare.updateCampaign', () => {
    it('keeps the picture when none is sent, takes it away with null, and removes the file it no longer shows', async () => {
      const created = expectOk(await create({ picture: { contentType: 'image/png', base64: onePixelPng } }));
      const fileId = (await world.ports.store.get(Campaigns, created.id))!.pictureFileId;
      const removed = jest.spyOn(world.ports.files, 'remove');
      const kept = expectOk(await world.call<AdminView>('welfare', 'updateCampaign', { campaignId: created.id, title: '冬日送温暖' }, people.admin));
      expect(kept.pictureUrl).toBe(created.pictureUrl);
      expect(removed).not.toHaveBeenCalled();

      const cleared = expectOk(await world.call<AdminView>('welfare', 'updateCampaign', { campaignId: created.id, picture: null }, people.admin));
      expect(cleared.pictureUrl).toBeNull();
      expect(await world.ports.store.get(Campaigns, created.id)).toMatchObject({ pictureFileId: null });
      expect(removed).toHaveBeenCalledWith(fileId);
    });

    it('changes texts and windows, keeping stock and tallies; checks the windows against what it keeps', async () => {
      const id = await withCampaign(world);
      expectOk(await claim(world, people.member, id));
      const updated = expectOk(await world.call<AdminView & { title: string }>('welfare', 'updateCampaign', { campaignId: id, title: '夏日送清凉（加送）' }, people.admin));
      expect(updated).toMatchObject({ title: '夏日送清凉（加送）', remaining: 4, claimed: 1 });
      const doc = (await world.ports.store.get(Campaigns, id))!;
      expect(await world.call('welfare', 'updateCampaign', { campaignId: id, claimEndsAt: doc.claimStartsAt - hourMs }, people.admin)).toMatchObject({
        ok: false,
        error: { code: 'INPUT.INVALID', fields: { claimEndsAt: expect.any(String) } },
      });
    });

    it('refuses a closed campaign, and staff who are not its admins', async () => {
      const id = await withCampaign(world);
      expect(await world.call('welfare', 'updateCampaign', { campaignId: id, title: '改名' }, people.staffHere)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId: id, status: 'closed' }, people.admin));
      expect(await world.call('welfare', 'updateCampaign', { campaignId: id, title: '改名' }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.CLOSED' } });
    });
  });

  describe('welfare.topUpCampaign and welfare.setCampaignStatus', () => {
    it('tops up the pool, or one station in per-station mode (which must be named)', async () => {
      const pooled = await withCampaign(world);
      expect(expectOk(await world.call<AdminView>('welfare', 'topUpCampaign', { campaignId: pooled, amount: 20 }, people.admin))).toMatchObject({ total: 25, remaining: 25 });
      const perStation = await withCampaign(world, { stockMode: 'perStation', totalStock: undefined, stations: [{ stationId: stationIds.g1, stock: 1 }, { stationId: stationIds.g1b, stock: 1 }] });
      expect(await world.call('welfare', 'topUpCampaign', { campaignId: perStation, amount: 3 }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.STATION_NEEDED' } });
      expect(await world.call('welfare', 'topUpCampaign', { campaignId: perStation, amount: 3, stationId: stationIds.g2 }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.STATION_NOT_IN_CAMPAIGN' } });
      const topped = expectOk(await world.call<AdminView>('welfare', 'topUpCampaign', { campaignId: perStation, amount: 3, stationId: stationIds.g1b }, people.admin));
      expect(topped).toMatchObject({ total: 5, remaining: 5 });
      expect(topped.stations[1]).toMatchObject({ total: 4, remaining: 4 });
      expect(await world.ports.store.count(Audit, { action: 'welfare.topUpCampaign' })).toBe(2);
    });

    it('pauses, resumes and closes; a closed campaign stays closed and takes no top-up', async () => {
      const id = await withCampaign(world);
      expect(expectOk(await world.call<AdminView>('welfare', 'setCampaignStatus', { campaignId: id, status: 'paused' }, people.admin)).status).toBe('paused');
      expect(expectOk(await world.call<AdminView>('welfare', 'setCampaignStatus', { campaignId: id, status: 'open' }, people.admin)).status).toBe('open');
      expectOk(await claim(world, people.member, id));
      expect(expectOk(await world.call<AdminView>('welfare', 'setCampaignStatus', { campaignId: id, status: 'closed' }, people.admin)).status).toBe('closed');
      expect(await world.call('welfare', 'setCampaignStatus', { campaignId: id, status: 'open' }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.CLOSED' } });
      expect(await world.call('welfare', 'topUpCampaign', { campaignId: id, amount: 1 }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.CLOSED' } });
      // The voucher given out before closing can still be picked up.
      const [voucher] = (await world.call<{ items: Array<{ code: string }> }>('welfare', 'myClaims', {}, people.member) as { ok: true; data: { items: Array<{ code: string }> } }).data.items;
      expect(expectOk(await world.call<{ status: string }>('welfare', 'redeem', { code: voucher.code, stationId: stationIds.g1 }, people.staffHere)).status).toBe('redeemed');
      expect(await world.ports.store.count(Audit, { action: 'welfare.setCampaignStatus' })).toBe(3);
    });
  });

  describe('welfare.managedCampaigns and welfare.campaignStats', () => {
    it('lists the campaigns of the caller’s subtree, newest first', async () => {
      const first = await withCampaign(world);
      world.clock.advance(1000);
      const second = await withCampaign(world, { unionId: 'g1', stations: [{ stationId: stationIds.g1 }] });
      expect(expectOk(await world.call<{ items: AdminView[] }>('welfare', 'managedCampaigns', {}, people.admin)).items.map((c) => c.id)).toEqual([second, first]);
      expect(expectOk(await world.call<{ items: AdminView[] }>('welfare', 'managedCampaigns', {}, people.staffHere)).items.map((c) => c.id)).toEqual([second]);
      expect(expectOk(await world.call<{ items: AdminView[] }>('welfare', 'managedCampaigns', {}, people.staffElsewhere)).items).toEqual([]);
    });

    it('counts claimed, redeemed, expired and given back by station and by occupation, for the campaign’s admins and the staff of its stations only', async () => {
      const id = await withCampaign(world, { membersOnly: false, occupations: ['courier'] });
      await approvedMember(world, 'w-2', 150);
      const mine = expectOk(await claim(world, people.member, id));
      expectOk(await claim(world, 'w-2', id, stationIds.g1b));
      const courier = expectOk(await claim(world, 'courier-1', id, stationIds.g1b, { occupation: 'courier' }));
      expectOk(await world.call('welfare', 'redeem', { code: mine.code, stationId: stationIds.g1 }, people.staffHere));
      // The courier gives theirs back; w-2's runs out unused.
      expectOk(await world.call('welfare', 'cancelClaim', { voucherId: courier.id }, 'courier-1'));
      world.clock.advance(73 * hourMs);
      await welfareSweep.run(world.ports);

      const stats = expectOk(await world.call<AdminView>('welfare', 'campaignStats', { campaignId: id }, people.staffHere));
      expect(stats).toMatchObject({ total: 5, remaining: 4, claimed: 3, redeemed: 1, expired: 1, cancelled: 1, outstanding: 0 });
      expect(stats.stations).toEqual([
        expect.objectContaining({ id: stationIds.g1, claimed: 1, redeemed: 1, expired: 0, cancelled: 0 }),
        expect.objectContaining({ id: stationIds.g1b, claimed: 2, redeemed: 0, expired: 1, cancelled: 1 }),
      ]);
      expect(stats.byOccupation).toEqual([
        { occupation: 'rider', claimed: 2, redeemed: 1, expired: 1, cancelled: 0 },
        { occupation: 'courier', claimed: 1, redeemed: 0, expired: 0, cancelled: 1 },
      ]);
      expect(await world.call('welfare', 'campaignStats', { campaignId: id }, people.staffElsewhere)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect(await world.call('welfare', 'campaignStats', { campaignId: 'cp_none' }, people.admin)).toMatchObject({ ok: false, error: { code: 'WELFARE.CAMPAIGN_NOT_FOUND' } });
    });
  });
});
