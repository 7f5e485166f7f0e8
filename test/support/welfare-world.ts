import type { CampaignInput } from '@core/contracts/welfare.contract';
import type { Envelope } from '@core/result';
import { Stations, type StationDoc } from '../../cloudfunctions/common/collections/stations.collection';
import { people, type World } from './world';

/**
 * 礼包 on top of the test world: a 驿站 in each of g1 (staffHere's union), g1b and g2 (staffElsewhere's),
 * around 青山区 (GCJ-02), and a campaign of the street union (covering g1 and g1b) handed out at the
 * first two. The world's member belongs to g1.
 */
export const stationIds = { g1: 'st_g1', g1b: 'st_g1b', g2: 'st_g2' } as const;

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

const station = (world: World, id: string, unionId: string, name: string, lat: number, lng: number): StationDoc => ({
  _id: id,
  name,
  address: `青山区${name}`,
  location: { lat, lng },
  hours: '全天开放',
  facilities: ['water', 'charging'],
  contact: '027-86800000',
  photoFileId: null,
  unionId,
  unionPath: world.unionPath(unionId),
  unionName: unionId,
  active: true,
  createdAt: world.clock.now(),
  updatedAt: world.clock.now(),
});

export const seedStations = async (world: World): Promise<void> => {
  await world.ports.store.insert(Stations, station(world, stationIds.g1, 'g1', '长青骑手驿站', 30.6395, 114.3902));
  await world.ports.store.insert(Stations, station(world, stationIds.g1b, 'g1b', '长青快递驿站', 30.6301, 114.3821));
  await world.ports.store.insert(Stations, station(world, stationIds.g2, 'g2', '临江货运驿站', 30.6502, 114.4105));
};

/** A members-only pool of `total` packs for the street union, claimable and redeemable now. */
export const campaignInput = (world: World, overrides: Partial<CampaignInput> = {}): CampaignInput => {
  const now = world.clock.now();
  return {
    unionId: 'street',
    kind: 'cooling',
    title: '夏日送清凉',
    description: '绿豆汤、藿香正气水和防晒袖套',
    membersOnly: true,
    occupations: [],
    perPerson: 'once',
    claimStartsAt: now - hourMs,
    claimEndsAt: now + 7 * dayMs,
    pickupStartsAt: now - hourMs,
    pickupEndsAt: now + 14 * dayMs,
    voucherValidHours: 72,
    stockMode: 'pooled',
    totalStock: 5,
    stations: [{ stationId: stationIds.g1 }, { stationId: stationIds.g1b }],
    ...overrides,
  };
};

export const expectOk = <T>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.data;
};

/** Stations seeded and one campaign created by the admin; returns its id. */
export const withCampaign = async (world: World, overrides: Partial<CampaignInput> = {}): Promise<string> => {
  const existing = await world.ports.store.get(Stations, stationIds.g1);
  if (!existing) await seedStations(world);
  const created = expectOk(await world.call<{ id: string }>('welfare', 'createCampaign', campaignInput(world, overrides), people.admin));
  return created.id;
};

/** An approved member of `unionId`: joined as test person `serial`, approved by the admin. */
export const approvedMember = async (world: World, openid: string, serial: number, unionId = 'g1', occupation: 'rider' | 'courier' = 'rider') => {
  expectOk(await world.call('member', 'join', world.joinInput(serial, unionId, { occupation }), openid));
  expectOk(await world.call('member', 'review', { memberId: openid, decision: 'approve' }, people.admin));
  return openid;
};

export interface VoucherData {
  id: string;
  code: string;
  status: string;
  station: { id: string };
}

export const claim = (world: World, as: string, campaignId: string, stationId: string = stationIds.g1, extra: Record<string, unknown> = {}, requestId?: string) =>
  world.call<VoucherData>('welfare', 'claim', { campaignId, stationId, ...extra }, as, requestId);
