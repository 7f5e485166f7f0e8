import { welfareContracts } from '@core/contracts/welfare.contract';
import type { Availability } from '@core/enums/welfare';
import { pathsAbove } from '@core/rules/union-path';
import { claimIdOf, voucherStatusAt } from '@core/rules/welfare';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../common/collections/claims.collection';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import { Waitlist } from '../common/collections/waitlist.collection';
import type { Where } from '../common/ports/store.port';
import { imageUrlOf } from '../common/files/stored-image';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { claimWindowFailure } from './campaign-phase';
import { toCampaignView } from './campaign-views';
import { claimantOf } from './eligibility';

/** Campaigns whose claiming ended up to this long ago still show, as 已经结束, so nobody wonders where they went. */
const recentlyEndedMs = 3 * 24 * 60 * 60 * 1000;

/** Members of another union see only campaigns open to their group; everyone else sees every campaign. */
const concerns = (campaign: CampaignDoc, record: MemberDoc | null) =>
  record?.status !== 'approved' || claimantOf(campaign, record, undefined).ok;

/** What the worker can act on comes first; what is over, last. */
const order: readonly Availability[] = ['claimable', 'claimed', 'waitlisted', 'soldOut', 'notMember', 'notStarted', 'paused', 'notEligible', 'ended'];

const availabilityOf = (campaign: CampaignDoc, record: MemberDoc | null, voucher: ClaimDoc | null, waiting: boolean, now: number): Availability => {
  const held = voucher ? voucherStatusAt(voucher.status, voucher.expiresAt, now) : null;
  if (held === 'active' || held === 'redeemed') return 'claimed';
  const closed = claimWindowFailure(campaign, now);
  if (closed === 'WELFARE.CLOSED' || closed === 'WELFARE.ENDED') return 'ended';
  if (closed === 'WELFARE.NOT_STARTED') return 'notStarted';
  if (closed === 'WELFARE.PAUSED') return 'paused';
  const claimant = claimantOf(campaign, record, record?.occupation);
  // An unknown occupation is asked at the tap; only a known mismatch rules the worker out here.
  if (!claimant.ok && claimant.code === 'WELFARE.MEMBERS_ONLY') return 'notMember';
  if (!claimant.ok && claimant.code === 'WELFARE.NOT_ELIGIBLE') return 'notEligible';
  const inStock = campaign.stockMode === 'perStation' ? campaign.stationIds.some((id) => (campaign.stations[id]?.remaining ?? 0) > 0) : campaign.remaining > 0;
  if (inStock) return 'claimable';
  return waiting ? 'waitlisted' : 'soldOut';
};

/**
 * 领礼包: the campaigns that concern this worker, each with whether they can claim it now and why not,
 * and their voucher if they hold one. Reads: membership, campaigns, their vouchers, their queue places.
 */
export const listCampaigns = defineAction({
  contract: welfareContracts.campaigns,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const now = ports.clock.now();
    const record = await ports.store.get(Members, caller.openid);
    const current = { status: { $in: ['open', 'paused'] }, claimEndsAt: { $gt: now - recentlyEndedMs } };
    const find = (where: Where) => ports.store.find(Campaigns, { where: { ...current, ...where }, orderBy: [['claimEndsAt', 'asc']], limit: 50 });
    // A member is reached by the campaigns of their union or a union above it, and by those open to
    // workers who have not joined: asking for exactly these keeps their own union's packs in the list
    // however many run elsewhere in the country. Anyone else may claim only the open ones, but sees the
    // members-only ones too, as a reason to join.
    const pages = record?.status === 'approved' ? await Promise.all([find({ unionPath: { $in: pathsAbove(record.unionPath) } }), find({ membersOnly: false })]) : [await find({})];
    const running = [...new Map(pages.flatMap((page) => page.items).map((campaign) => [campaign._id, campaign])).values()];
    const campaigns = running.filter((campaign) => concerns(campaign, record));
    const ids = campaigns.map((campaign) => campaign._id);
    const [vouchers, queued] = ids.length
      ? await Promise.all([
          ports.store.find(Claims, { where: { openid: caller.openid, campaignId: { $in: ids } }, orderBy: [['claimedAt', 'desc']], limit: 100 }),
          ports.store.find(Waitlist, { where: { openid: caller.openid, state: 'waiting' }, limit: 100 }),
        ])
      : [{ items: [] }, { items: [] }];
    const voucherById = new Map(vouchers.items.map((voucher) => [voucher._id, voucher]));
    const queuedFor = new Map(queued.items.map((entry) => [entry.campaignId, entry]));

    const items = await Promise.all(
      campaigns.map(async (campaign) => {
        const voucher = voucherById.get(claimIdOf(campaign._id, caller.openid, campaign.perPerson, now)) ?? null;
        const entry = queuedFor.get(campaign._id);
        const availability = availabilityOf(campaign, record, voucher, !!entry, now);
        const ahead = availability === 'waitlisted' && entry
          ? await ports.store.count(Waitlist, { campaignId: campaign._id, state: 'waiting', joinedAt: { $lt: entry.joinedAt } })
          : null;
        return toCampaignView(campaign, await imageUrlOf(ports.files, campaign.pictureFileId), {
          availability,
          voucherId: availability === 'claimed' && voucher ? voucher._id : null,
          waitlistPosition: ahead === null ? null : ahead + 1,
          askOccupation: !record && !campaign.membersOnly,
        });
      }),
    );
    return ok({ items: items.sort((a, b) => order.indexOf(a.availability) - order.indexOf(b.availability)) });
  },
});
