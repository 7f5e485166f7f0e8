import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import type { ScheduledJob } from '../common/runtime/job';
import { endVoucher } from './end-voucher';
import { quietMs, reconcileQuietCampaigns } from './reconcile-stock';
import { endWaitlist, serveWaitlistFromStock } from './waitlist';

const pageSize = 100;
/**
 * A bound per run, so one run fits in the function's timeout (20 s, cloudbaserc.json: each expiry is
 * a few store calls); the next run, five minutes on, carries on with the rest.
 */
const maxPages = 2;

/**
 * Every few minutes (a CloudBase timer trigger in production, an interval on the local host): vouchers
 * past their expiry end and their packs return (or go to the first in line), each worker is told,
 * quiet campaigns get their stock checked against their vouchers, and whoever still waits in line for
 * a campaign whose claiming is over is told it ended.
 */
export const welfareSweep: ScheduledJob = {
  name: 'welfareSweep',
  everyMinutes: 5,
  run: async (ports) => {
    const now = ports.clock.now();
    // First, lines for campaigns whose claiming is over (window passed, or a close that stopped half-way):
    // they are told, so a voucher expiring below goes back to the stock instead of to someone in them.
    const over = await Promise.all([
      ports.store.find(Campaigns, { where: { claimEndsAt: { $lte: now }, waiting: { $gt: 0 } }, limit: 20 }),
      ports.store.find(Campaigns, { where: { status: 'closed', waiting: { $gt: 0 } }, limit: 20 }),
    ]);
    let toldEnded = 0;
    for (const campaign of new Map(over.flatMap((page) => page.items).map((doc) => [doc._id, doc])).values()) {
      toldEnded += await endWaitlist(ports, campaign, now);
    }
    let expired = 0;
    for (let page = 0; page < maxPages; page += 1) {
      const due = await ports.store.find(Claims, {
        where: { status: 'active', expiresAt: { $lte: now } },
        orderBy: [['expiresAt', 'asc']],
        limit: pageSize,
      });
      for (const claim of due.items) {
        const ended = await endVoucher(ports, claim._id, 'expired', now);
        if (!ended) continue;
        expired += 1;
        const campaign = await ports.store.get(Campaigns, claim.campaignId);
        await ports.notifier.notify(
          claim.openid,
          'welfareVoucherExpired',
          { campaign: campaign?.title ?? '礼包', result: '礼包券已过期，礼包已退回' },
          'packages/welfare/index',
        );
      }
      if (due.items.length < pageSize) break;
    }
    // Vouchers a dead call left half-written: no pack behind them (the stock check returns any taken).
    const abandoned = await ports.store.find(Claims, { where: { status: 'pending', updatedAt: { $lt: now - quietMs } }, limit: pageSize });
    for (const claim of abandoned.items) {
      await ports.store.removeWhere(Claims, { _id: claim._id, status: 'pending', updatedAt: claim.updatedAt });
    }
    const restored = await reconcileQuietCampaigns(ports, now);
    // Packs back on the shelf while people wait (given back during a data deletion, a race): serve them.
    const queued = await ports.store.find(Campaigns, { where: { status: 'open', waiting: { $gt: 0 }, remaining: { $gt: 0 } }, limit: 20 });
    let served = 0;
    for (const campaign of queued.items) served += await serveWaitlistFromStock(ports, campaign._id, now);
    return { expired, restored, served, toldEnded };
  },
};
