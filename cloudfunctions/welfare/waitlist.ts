import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Members } from '../common/collections/members.collection';
import { Waitlist, type WaitlistDoc } from '../common/collections/waitlist.collection';
import type { Ports } from '../common/runtime/ports';
import { claimingOver } from './campaign-phase';
import { claimVoucher, claimWithPackInHand, type ClaimAttempt } from './claim-voucher';
import { handOverUnit, type EndedVoucher } from './stock';

/** How many people one pass looks at before giving up (the rest keep waiting for the next pack). */
const maxTries = 5;

type WaitlistPorts = Pick<Ports, 'store' | 'notifier'>;

const firstWaiting = async (store: Ports['store'], campaign: CampaignDoc, stationId: string | null) => {
  const page = await store.find(Waitlist, {
    where: { campaignId: campaign._id, state: 'waiting', ...(stationId ? { stationId } : {}) },
    orderBy: [['joinedAt', 'asc']],
    limit: 1,
  });
  return page.items[0] ?? null;
};

/** Takes `waiter` out of the queue before serving them, so two passes never serve the same person. */
const takeFromQueue = async (store: Ports['store'], waiter: WaitlistDoc, now: number) =>
  (await store.updateWhere(Waitlist, { _id: waiter._id, state: 'waiting' }, { $set: { state: 'granted', settledAt: now } })) === 1;

/** Someone who can no longer be served (already holds a voucher, no longer eligible, claiming ended). */
const dropFromQueue = async (store: Ports['store'], campaign: CampaignDoc, waiter: WaitlistDoc, now: number) => {
  await store.updateWhere(Waitlist, { _id: waiter._id }, { $set: { state: 'dropped', settledAt: now } });
  await store.updateWhere(Campaigns, { _id: campaign._id }, { $inc: { waiting: -1 } });
};

const tellGranted = (ports: WaitlistPorts, campaign: CampaignDoc, openid: string) =>
  ports.notifier.notify(openid, 'welfareWaitlistGranted', { campaign: campaign.title, result: '排到你了，礼包券已经发到“我的礼包券”' }, 'packages/welfare/vouchers');

const attemptFor = async (store: Ports['store'], campaign: CampaignDoc, waiter: WaitlistDoc, now: number): Promise<ClaimAttempt> => ({
  campaign,
  openid: waiter.openid,
  stationId: waiter.stationId,
  record: await store.get(Members, waiter.openid),
  declaredOccupation: waiter.occupation,
  now,
});

/**
 * A voucher ended while people wait: its pack goes straight to the first in line (in per-station mode,
 * the first waiting at that station) without passing through the stock, where anyone could take it.
 * False when nobody in line could take it, or claiming is over (then the line is told it ended): the
 * caller returns the pack to the stock.
 */
export const handOverToWaiter = async (ports: WaitlistPorts, campaign: CampaignDoc, ended: EndedVoucher, reason: 'expired' | 'cancelled', now: number) => {
  if (claimingOver(campaign, now)) {
    await endWaitlist(ports, campaign, now);
    return false;
  }
  const station = campaign.stockMode === 'perStation' ? ended.stationId : null;
  for (let tries = 0; tries < maxTries; tries += 1) {
    const waiter = await firstWaiting(ports.store, campaign, station);
    if (!waiter) return false;
    if (!(await takeFromQueue(ports.store, waiter, now))) continue;
    const granted = await claimWithPackInHand(ports, await attemptFor(ports.store, campaign, waiter, now));
    if (granted.ok) {
      await handOverUnit(ports.store, campaign, ended, { stationId: waiter.stationId, occupation: granted.data.occupation }, reason, now);
      await tellGranted(ports, campaign, waiter.openid);
      return true;
    }
    await dropFromQueue(ports.store, campaign, waiter, now);
  }
  return false;
};

/**
 * Packs were added (top-up) while people wait: serve the queue from the stock, first come first
 * served, until the queue or the stock runs out.
 */
export const serveWaitlistFromStock = async (ports: WaitlistPorts, campaignId: string, now: number, limit = 100): Promise<number> => {
  let served = 0;
  for (let round = 0; round < limit; round += 1) {
    const campaign = await ports.store.get(Campaigns, campaignId);
    if (!campaign || campaign.waiting <= 0) break;
    if (claimingOver(campaign, now)) {
      await endWaitlist(ports, campaign, now);
      break;
    }
    if (campaign.remaining <= 0) break;
    const waiter = await firstWaiting(ports.store, campaign, null);
    if (!waiter) break;
    if (!(await takeFromQueue(ports.store, waiter, now))) continue;
    const granted = await claimVoucher(ports, await attemptFor(ports.store, campaign, waiter, now));
    if (granted.ok) {
      await ports.store.updateWhere(Campaigns, { _id: campaign._id }, { $inc: { waiting: -1 } });
      await tellGranted(ports, campaign, waiter.openid);
      served += 1;
    } else if (granted.code === 'WELFARE.SOLD_OUT') {
      // Their station ran out first: back in line, same place.
      await ports.store.updateWhere(Waitlist, { _id: waiter._id }, { $set: { state: 'waiting', settledAt: null } });
      break;
    } else {
      await dropFromQueue(ports.store, campaign, waiter, now);
    }
  }
  return served;
};

/**
 * Claiming is over (the campaign closed, or its claim window passed) while people still wait: nobody
 * left in line will be served, so each is taken out and told, rather than waiting for a pack that
 * cannot come. The conditional update makes a second pass (a retried sweep) tell no one twice.
 */
export const endWaitlist = async (ports: WaitlistPorts, campaign: CampaignDoc, now: number): Promise<number> => {
  let told = 0;
  for (;;) {
    const page = await ports.store.find(Waitlist, { where: { campaignId: campaign._id, state: 'waiting' }, orderBy: [['joinedAt', 'asc']], limit: 100 });
    for (const waiter of page.items) {
      const dropped = await ports.store.updateWhere(Waitlist, { _id: waiter._id, state: 'waiting' }, { $set: { state: 'dropped', settledAt: now } });
      if (dropped !== 1) continue;
      await ports.store.updateWhere(Campaigns, { _id: campaign._id }, { $inc: { waiting: -1 } });
      await ports.notifier.notify(
        waiter.openid,
        'welfareWaitlistEnded',
        { campaign: campaign.title, result: '这次的礼包已经发完，活动结束了，没能排到' },
        'packages/welfare/index',
      );
      told += 1;
    }
    if (page.items.length < 100) return told;
  }
};
