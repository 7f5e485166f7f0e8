import { voucherStatusLabels } from '@core/enums/welfare-labels';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { documentsById, entriesPerSection } from '../common/timeline/by-id';
import type { TimelineSource } from '../common/timeline/timeline-source.port';

/**
 * 礼包 in 我的: each voucher the worker claimed, with where it stands, opening 我的礼包券 at that voucher. A `pending`
 * voucher is a claim still taking its pack (or one a crash left behind for the sweep): not the worker's yet.
 */
export const welfareTimeline: TimelineSource = {
  section: { key: 'welfare', label: '礼包' },
  entriesFor: async (openid, { store }) => {
    const claims = await store.find(Claims, { where: { openid, status: { $ne: 'pending' } }, orderBy: [['claimedAt', 'desc']], limit: entriesPerSection });
    const campaigns = await documentsById(store, Campaigns, claims.items.map((claim) => claim.campaignId));
    return claims.items.map((claim) => ({
      id: `welfare:${claim._id}`,
      section: 'welfare',
      title: `领取${campaigns.get(claim.campaignId)?.title ?? '礼包'}`,
      detail: `券码 ${claim.code}`,
      at: claim.claimedAt,
      badge: voucherStatusLabels[claim.status],
      link: `/packages/welfare/vouchers?id=${encodeURIComponent(claim._id)}`,
    }));
  },
};
