import { voucherStatusLabels } from '@core/enums/welfare';
import { formatVoucherCode } from '@core/rules/voucher-code';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { Waitlist } from '../common/collections/waitlist.collection';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import type { Notifier } from '../common/ports/notifier.port';
import type { Store } from '../common/ports/store.port';
import { findAll } from '../common/runtime/find-all';
import { endVoucher } from './end-voucher';

const claimsOf = (store: Store, openid: string) =>
  findAll(store, Claims, { where: { openid }, orderBy: [['claimedAt', 'asc']] });
const queueOf = (store: Store, openid: string) => findAll(store, Waitlist, { where: { openid } });

const formatShanghai = (ms: number | null) =>
  ms === null ? null : new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Erasing gives packs back without messaging anyone: whoever waits is served by the next sweep. */
const silent: Notifier = { notify: async () => undefined };

/**
 * 礼包: the worker's vouchers (with the masked name and phone staff saw) and their places in queues.
 * Erasing gives back any voucher not yet picked up (its pack returns to the stock), then deletes the
 * vouchers and queue places; what remains is anonymous — the campaigns' tallies, the monthly counters,
 * and audit lines naming a voucher code that no longer leads to anyone.
 */
export const welfareHolder: PersonalDataHolder = {
  label: '礼包',
  collections: [Claims.name, Waitlist.name],

  exportFor: async (openid, { store }) => {
    const [claims, queue] = await Promise.all([claimsOf(store, openid), queueOf(store, openid)]);
    if (claims.length === 0 && queue.length === 0) return null;
    const ids = [...new Set([...claims, ...queue].map((doc) => doc.campaignId))];
    const campaigns = new Map<string, CampaignDoc>();
    for (let i = 0; i < ids.length; i += 100) {
      (await store.find(Campaigns, { where: { _id: { $in: ids.slice(i, i + 100) } }, limit: 100 })).items.forEach((c) => campaigns.set(c._id, c));
    }
    return {
      礼包券: claims.map((claim) => {
        const campaign = campaigns.get(claim.campaignId);
        return {
          活动: campaign?.title ?? claim.campaignId,
          驿站: campaign?.stations[claim.stationId]?.name ?? claim.stationId,
          券码: formatVoucherCode(claim.code),
          状态: voucherStatusLabels[claim.status],
          领券时间: formatShanghai(claim.claimedAt),
          有效期至: formatShanghai(claim.expiresAt),
          领取时间: formatShanghai(claim.redeemedAt),
          是否会员: claim.isMember ? '是' : '否',
          工作人员看到的姓名: claim.holderNameMasked,
          工作人员看到的手机号: claim.holderPhoneMasked,
        };
      }),
      排队: queue.map((entry) => ({
        活动: campaigns.get(entry.campaignId)?.title ?? entry.campaignId,
        排队时间: formatShanghai(entry.joinedAt),
        状态: { waiting: '排队中', granted: '已发券', dropped: '已退出' }[entry.state],
      })),
    };
  },

  eraseFor: async (openid, { store, clock }) => {
    const now = clock.now();
    for (const claim of await claimsOf(store, openid)) {
      if (claim.status === 'active') await endVoucher({ store, notifier: silent }, claim._id, 'cancelled', now, { skipQueue: true });
      await store.remove(Claims, claim._id);
    }
    for (const entry of await queueOf(store, openid)) {
      if (await store.remove(Waitlist, entry._id)) {
        if (entry.state === 'waiting') await store.updateWhere(Campaigns, { _id: entry.campaignId }, { $inc: { waiting: -1 } });
      }
    }
  },
};
