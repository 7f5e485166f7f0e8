import type { Occupation } from '@core/enums/occupation';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import type { Store } from '../common/ports/store.port';

/**
 * The stock moves only through these writes, each one conditional or additive update of the campaign
 * document, never inside a transaction (CloudBase would run a `where().update()` outside it anyway).
 * Each also carries the tallies the write means, so counts can never drift from the stock.
 */

type StockCampaign = Pick<CampaignDoc, '_id' | 'stockMode' | 'remaining' | 'stations'>;

/** Packs left for a claim at `stationId`: the station's own stock, or the shared pool. */
export const stockLeftAt = (campaign: StockCampaign, stationId: string): number =>
  campaign.stockMode === 'perStation' ? (campaign.stations[stationId]?.remaining ?? 0) : campaign.remaining;

const stationPath = (stationId: string, field: string) => `stations.${stationId}.${field}`;

/** The field a claim's condition tests: `remaining`, or the station's own `remaining`. */
const stockFieldOf = (campaign: StockCampaign, stationId: string) =>
  campaign.stockMode === 'perStation' ? stationPath(stationId, 'remaining') : 'remaining';

/** Stock moves: the pool always, and the station's own stock in per-station mode. */
const stockDelta = (campaign: StockCampaign, stationId: string, by: number): Record<string, number> =>
  campaign.stockMode === 'perStation' ? { remaining: by, [stationPath(stationId, 'remaining')]: by } : { remaining: by };

const claimedDelta = (stationId: string, occupation: Occupation, by: number): Record<string, number> => ({
  claimed: by,
  [stationPath(stationId, 'claimed')]: by,
  [`byOccupation.${occupation}.claimed`]: by,
});

/** A voucher that ended unused, counted for the campaign, its station and its holder's occupation. */
export interface EndedVoucher {
  stationId: string;
  occupation: Occupation;
}

const endedDelta = (ended: EndedVoucher, reason: 'expired' | 'cancelled'): Record<string, number> => ({
  [reason]: 1,
  [stationPath(ended.stationId, reason)]: 1,
  [`byOccupation.${ended.occupation}.${reason}`]: 1,
});

const touched = (now: number) => ({ stockChangedAt: now, dirty: true });

/**
 * Takes one pack: `{_id, status: open, <stock> > 0}` → `<stock> - 1`, in one atomic update. True when
 * this call got the pack; false when none was left (or the campaign stopped) at that instant.
 */
export const takeUnit = async (store: Store, campaign: StockCampaign, stationId: string, occupation: Occupation, now: number): Promise<boolean> => {
  const changed = await store.updateWhere(
    Campaigns,
    { _id: campaign._id, status: 'open', [stockFieldOf(campaign, stationId)]: { $gt: 0 } },
    { $inc: { ...stockDelta(campaign, stationId, -1), ...claimedDelta(stationId, occupation, 1) }, $set: touched(now) },
  );
  return changed === 1;
};

/** Undoes `takeUnit` when the voucher could not be written (the worker already had one). */
export const giveBackUnit = (store: Store, campaign: StockCampaign, stationId: string, occupation: Occupation, now: number) =>
  store.updateWhere(
    Campaigns,
    { _id: campaign._id },
    { $inc: { ...stockDelta(campaign, stationId, 1), ...claimedDelta(stationId, occupation, -1) }, $set: touched(now) },
  );

/** A voucher ended (given back or expired): its pack goes back on the shelf, and is counted as such. */
export const returnUnit = (store: Store, campaign: StockCampaign, ended: EndedVoucher, reason: 'expired' | 'cancelled', now: number) =>
  store.updateWhere(Campaigns, { _id: campaign._id }, { $inc: { ...stockDelta(campaign, ended.stationId, 1), ...endedDelta(ended, reason) }, $set: touched(now) });

/**
 * A voucher ended and its pack went straight to the first worker waiting: no stock moves, the ended
 * voucher and the new one are counted, and the queue is one shorter.
 */
export const handOverUnit = (
  store: Store,
  campaign: StockCampaign,
  ended: EndedVoucher,
  granted: EndedVoucher,
  reason: 'expired' | 'cancelled',
  now: number,
) =>
  store.updateWhere(
    Campaigns,
    { _id: campaign._id },
    { $inc: { ...claimedDelta(granted.stationId, granted.occupation, 1), ...endedDelta(ended, reason), waiting: -1 }, $set: touched(now) },
  );

/** Packs added by an admin: to the pool, or to one station (and so to the pool's sum). */
export const addUnits = (store: Store, campaign: StockCampaign, stationId: string | null, amount: number, now: number) => {
  const perStation = campaign.stockMode === 'perStation' && stationId !== null;
  const inc: Record<string, number> = perStation
    ? { ...stockDelta(campaign, stationId, amount), total: amount, [stationPath(stationId, 'total')]: amount }
    : { remaining: amount, total: amount };
  return store.updateWhere(Campaigns, { _id: campaign._id, status: { $ne: 'closed' } }, { $inc: inc, $set: touched(now) });
};
