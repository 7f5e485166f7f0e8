import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import type { Ports } from '../common/runtime/ports';

/**
 * Far longer than any function runs (CloudBase stops one after its timeout, 20 s at most here): a campaign
 * with no stock move and no voucher change for this long has nothing between its two writes.
 */
export const quietMs = 5 * 60 * 1000;

const holding = { $in: ['active', 'redeemed'] } as const;

/**
 * The stock as the vouchers say it should be: total (the pool's, or each station's) minus the vouchers
 * holding a pack. A crash between a claim's decrement and its voucher, or between a voucher ending and
 * its pack's return, leaves `remaining` lower than that; this puts the pack back. It only runs on a
 * quiet campaign, and writes only if no stock moved since it read (`stockChangedAt` compare-and-set),
 * so a claim in flight is never counted as a lost pack.
 *
 * Returns how many packs it put back (negative if it found more stock than vouchers allow).
 */
const reconcileCampaign = async (ports: Pick<Ports, 'store' | 'logger'>, campaign: CampaignDoc, now: number): Promise<number> => {
  const { store } = ports;
  const recent = await store.find(Claims, { where: { campaignId: campaign._id, updatedAt: { $gt: now - quietMs } }, limit: 1 });
  if (recent.items.length > 0) return 0;

  const set: Record<string, number | boolean> = { dirty: false };
  let expected: number;
  if (campaign.stockMode === 'perStation') {
    expected = 0;
    for (const id of campaign.stationIds) {
      const station = campaign.stations[id];
      if (!station) continue;
      const held = await store.count(Claims, { campaignId: campaign._id, status: holding, stationId: id });
      const left = Math.max(0, (station.total ?? 0) - held);
      set[`stations.${id}.remaining`] = left;
      expected += left;
    }
  } else {
    expected = Math.max(0, campaign.total - (await store.count(Claims, { campaignId: campaign._id, status: holding })));
  }
  set.remaining = expected;

  const written = await store.updateWhere(Campaigns, { _id: campaign._id, stockChangedAt: campaign.stockChangedAt, dirty: true }, { $set: set });
  const restored = written === 1 ? expected - campaign.remaining : 0;
  if (restored !== 0) ports.logger.info('welfare stock reconciled', { campaignId: campaign._id, restored });
  return restored;
};

/** Checks every campaign whose stock moved and has since been quiet; returns the packs put back. */
export const reconcileQuietCampaigns = async (ports: Pick<Ports, 'store' | 'logger'>, now: number): Promise<number> => {
  const due = await ports.store.find(Campaigns, {
    where: { dirty: true, stockChangedAt: { $lte: now - quietMs } },
    orderBy: [['stockChangedAt', 'asc']],
    limit: 20,
  });
  let restored = 0;
  for (const campaign of due.items) restored += await reconcileCampaign(ports, campaign, now);
  return restored;
};
