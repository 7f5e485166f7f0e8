import type { Envelope } from '@core/result';
import { functionRegistry } from '../../../registry';
import { composeInMemory, type LocalComposition } from '../../composition/local.composition';
import { fixedClock } from '../../ports/clock.port';
import { handleCall } from '../../runtime/router';
import { seedDemoData } from '../seed';
import { demoOpenids } from '../seed/demo-identities';
import { demoStationId, demoStations } from '../seed/demo-stations';
import { demoCampaignId } from '../seed/welfare.seed';

const seededAt = Date.parse('2026-07-15T10:00:00+08:00');

/** The demo's 驿站 and 送清凉 campaign work end to end for the demo identities, as the browser test uses them. */
describe('demo seed: stations and the 送清凉 campaign', () => {
  let composition: LocalComposition;
  const call = async <T>(fn: 'welfare' | 'directory', action: string, data: unknown, openid: string): Promise<T> => {
    const envelope = (await handleCall(fn, functionRegistry[fn], { action, data }, openid, { ports: composition.ports, adminOpenids: composition.adminOpenids })) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${fn}.${action}: ${envelope.error.code}`);
    return envelope.data;
  };

  beforeEach(async () => {
    composition = composeInMemory({ clock: fixedClock(seededAt) });
    await seedDemoData(composition.ports);
  });
  afterEach(() => composition.close());

  it('places a handful of stations in 青山区 (GCJ-02 around 30.63N 114.39E), nearest first from the depot', async () => {
    expect(demoStations.length).toBeGreaterThanOrEqual(5);
    for (const station of demoStations) {
      expect(Math.abs(station.lat - 30.63)).toBeLessThan(0.05);
      expect(Math.abs(station.lng - 114.39)).toBeLessThan(0.05);
    }
    const near = await call<{ items: Array<{ id: string; distanceM: number; facilities: string[]; hours: string }> }>(
      'directory', 'nearbyStations', { lat: 30.6398, lng: 114.3893 }, demoOpenids.worker,
    );
    expect(near.items.map((s) => s.id)).toHaveLength(demoStations.length);
    expect(near.items[0]).toMatchObject({ id: demoStationId, hours: '全天开放' });
    expect(near.items[0].distanceM).toBeLessThan(100);
  });

  it('lets demo-member claim the 送清凉 pack and demo-staff hand it out at their station', async () => {
    const list = await call<{ items: Array<{ id: string; availability: string; kind: string }> }>('welfare', 'campaigns', {}, demoOpenids.member);
    expect(list.items[0]).toMatchObject({ id: demoCampaignId, kind: 'cooling', availability: 'claimable' });
    const voucher = await call<{ code: string }>('welfare', 'claim', { campaignId: demoCampaignId, stationId: demoStationId }, demoOpenids.member);
    const lookup = await call<{ stations: Array<{ id: string }>; holder: { name: string } }>('welfare', 'lookupVoucher', { code: voucher.code }, demoOpenids.staff);
    expect(lookup.stations).toEqual([expect.objectContaining({ id: demoStationId })]);
    expect(lookup.holder.name).toBe('李*辉');
    expect(await call('welfare', 'redeem', { code: voucher.code, stationId: demoStationId }, demoOpenids.staff)).toMatchObject({ status: 'redeemed' });
  });

  it('offers it to demo-worker too, once they say they are a rider', async () => {
    const list = await call<{ items: Array<{ id: string; availability: string }> }>('welfare', 'campaigns', {}, demoOpenids.worker);
    expect(list.items.find((item) => item.id === demoCampaignId)?.availability).toBe('claimable');
    await expect(call('welfare', 'claim', { campaignId: demoCampaignId, stationId: demoStationId, occupation: 'rider' }, demoOpenids.worker)).resolves.toMatchObject({ status: 'active' });
  });

  it('gives demo-admin the campaign to manage', async () => {
    const managed = await call<{ items: Array<{ id: string; total: number }> }>('welfare', 'managedCampaigns', {}, demoOpenids.admin);
    expect(managed.items).toEqual([expect.objectContaining({ id: demoCampaignId, total: 300 })]);
  });
});
