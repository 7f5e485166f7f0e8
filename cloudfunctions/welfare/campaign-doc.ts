import type { z } from 'zod';
import type { CampaignInputSchema } from '@core/contracts/welfare.contract';
import { occupations } from '@core/enums/occupation';
import type { CampaignDoc } from '../common/collections/campaigns.collection';
import type { StationDoc } from '../common/collections/stations.collection';
import type { UnionDoc } from '../common/collections/unions.collection';

export type CampaignSettings = Omit<z.output<typeof CampaignInputSchema>, 'picture' | 'unionId'>;

/**
 * A new campaign document: its settings, each station's location and hours copied in (a claim then
 * reads one document), the stock and every tally at their start. `createCampaign` and the demo seed
 * build campaigns with this, so seeded ones are like real ones.
 */
export const newCampaignDoc = (options: {
  id: string;
  settings: CampaignSettings;
  union: Pick<UnionDoc, '_id' | 'name' | 'path'>;
  stations: ReadonlyMap<string, StationDoc>;
  pictureFileId: string | null;
  createdBy: string;
  now: number;
}): CampaignDoc => {
  const { settings, union, now } = options;
  const perStation = settings.stockMode === 'perStation';
  const total = perStation ? settings.stations.reduce((sum, s) => sum + (s.stock ?? 0), 0) : (settings.totalStock ?? 0);
  return {
    _id: options.id,
    kind: settings.kind,
    title: settings.title,
    description: settings.description,
    pictureFileId: options.pictureFileId,
    unionId: union._id,
    unionPath: union.path,
    unionName: union.name,
    membersOnly: settings.membersOnly,
    occupations: settings.membersOnly ? [] : settings.occupations,
    perPerson: settings.perPerson,
    claimStartsAt: settings.claimStartsAt,
    claimEndsAt: settings.claimEndsAt,
    pickupStartsAt: settings.pickupStartsAt,
    pickupEndsAt: settings.pickupEndsAt,
    voucherValidHours: settings.voucherValidHours,
    stockMode: settings.stockMode,
    status: 'open',
    total,
    remaining: total,
    claimed: 0,
    redeemed: 0,
    expired: 0,
    cancelled: 0,
    waiting: 0,
    stationIds: settings.stations.map((s) => s.stationId),
    stations: Object.fromEntries(
      settings.stations.map(({ stationId, stock }) => {
        const station = options.stations.get(stationId);
        if (!station) throw new Error(`station ${stationId} was not loaded`);
        const own = perStation ? (stock ?? 0) : null;
        return [
          stationId,
          {
            name: station.name,
            address: station.address,
            location: station.location,
            hours: station.hours,
            unionId: station.unionId,
            unionPath: station.unionPath,
            total: own,
            remaining: own,
            claimed: 0,
            redeemed: 0,
          },
        ];
      }),
    ),
    // Every group's tallies exist from the start, so increments never have to create them.
    byOccupation: Object.fromEntries(occupations.map((occupation) => [occupation, { claimed: 0, redeemed: 0 }])),
    stockChangedAt: now,
    dirty: false,
    createdBy: options.createdBy,
    createdAt: now,
    updatedAt: now,
  };
};
