import type { ErrorOf } from '@core/contract';
import type { welfareContracts } from '@core/contracts/welfare.contract';
import type { Occupation } from '@core/enums/occupation';
import { claimIdOf, voucherExpiresAt, voucherStatusAt } from '@core/rules/welfare';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../common/collections/claims.collection';
import type { MemberDoc } from '../common/collections/members.collection';
import { isDuplicateId } from '../common/ports/store.port';
import { fail, ok, type Outcome } from '../common/runtime/action';
import type { Ports } from '../common/runtime/ports';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { claimWindowFailure } from './campaign-phase';
import { claimantOf, type Claimant } from './eligibility';
import { endVoucher } from './end-voucher';
import { giveBackUnit, stockLeftAt, takeUnit } from './stock';
import { newVoucherCode } from './voucher-code';
import { countWelfare } from './welfare-counters';

export type ClaimFailure = ErrorOf<typeof welfareContracts.claim>;
/** Everything but running out, which only the stock can tell. */
export type PrepareFailure = Exclude<ClaimFailure, 'WELFARE.SOLD_OUT' | 'WELFARE.ALREADY_CLAIMED'>;

/**
 * A `pending` voucher older than this was left by a call that died (a function runs 20 s at most):
 * the worker's next claim takes it over instead of being told they already have one.
 */
export const abandonedAfterMs = 60 * 1000;

type ClaimPorts = Pick<Ports, 'store' | 'notifier'>;

export interface ClaimAttempt {
  campaign: CampaignDoc;
  openid: string;
  stationId: string;
  /** The worker's membership record in any state (an application tells their occupation), or null. */
  record: MemberDoc | null;
  declaredOccupation?: Occupation;
  now: number;
}

export interface PreparedClaim {
  claimant: Claimant;
  claimId: string;
}

const alreadyClaimed = (campaign: CampaignDoc) =>
  campaign.perPerson === 'daily'
    ? fail('WELFARE.ALREADY_CLAIMED', { message: '你今天已经领到这个礼包的券了，明天可以再领' })
    : fail('WELFARE.ALREADY_CLAIMED');

/** What a claim checks before writing anything, from what the caller already read: station, claimant, window. */
export const prepareClaim = (attempt: ClaimAttempt): Outcome<PreparedClaim, PrepareFailure> => {
  const { campaign, now } = attempt;
  if (!campaign.stations[attempt.stationId]) {
    return fail('WELFARE.STATION_NOT_IN_CAMPAIGN', { fields: { stationId: '请从列出的驿站中选择' } });
  }
  const claimant = claimantOf(campaign, attempt.record, attempt.declaredOccupation);
  if (!claimant.ok) return claimant;
  const closed = claimWindowFailure(campaign, now);
  if (closed) return fail(closed);
  return ok({ claimant: claimant.data, claimId: claimIdOf(campaign._id, attempt.openid, campaign.perPerson, now) });
};

/** The worker's voucher of this campaign (today's, per day) that still holds or is taking a pack, if any. */
export const heldVoucherOf = (voucher: ClaimDoc | null, now: number): ClaimDoc | null => {
  if (!voucher) return null;
  if (voucher.status === 'pending') return now - voucher.updatedAt < abandonedAfterMs ? voucher : null;
  const status = voucherStatusAt(voucher.status, voucher.expiresAt, now);
  return status === 'active' || status === 'redeemed' ? voucher : null;
};

/** A voucher placed for this claim, and what its document held before (null: it did not exist). */
interface Placed {
  voucher: ClaimDoc;
  previous: ClaimDoc | null;
}

const pendingVoucher = (attempt: ClaimAttempt, prepared: PreparedClaim): ClaimDoc => {
  const { campaign, now } = attempt;
  return {
    _id: prepared.claimId,
    campaignId: campaign._id,
    openid: attempt.openid,
    code: newVoucherCode(),
    status: 'pending',
    stationId: attempt.stationId,
    occupation: prepared.claimant.occupation,
    isMember: prepared.claimant.isMember,
    holderNameMasked: prepared.claimant.nameMasked,
    holderPhoneMasked: prepared.claimant.phoneMasked,
    unionId: campaign.unionId,
    unionPath: campaign.unionPath,
    claimedAt: now,
    expiresAt: voucherExpiresAt(now, campaign.voucherValidHours, campaign.pickupEndsAt),
    redeemedAt: null,
    redeemedBy: null,
    redeemedStationId: null,
    endedAt: null,
    updatedAt: now,
  };
};

/**
 * Writes the voucher as `pending`. The `_id` is the worker (and day), so a second claim racing this
 * one is an insert conflict and never reaches the stock. A conflict is looked at: a voucher given back
 * or expired (or overdue, expired here) is replaced — by compare-and-set, so of two taps one wins — as
 * is a `pending` one its call abandoned; anything else means the worker already has one.
 */
const placeVoucher = async (ports: ClaimPorts, attempt: ClaimAttempt, voucher: ClaimDoc): Promise<Outcome<Placed, 'WELFARE.ALREADY_CLAIMED'>> => {
  const { store } = ports;
  try {
    await store.insert(Claims, voucher);
    return ok({ voucher, previous: null });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
  }
  let existing = await store.get(Claims, voucher._id);
  if (!existing || heldVoucherOf(existing, attempt.now)) return alreadyClaimed(attempt.campaign);
  if (existing.status === 'active') {
    // Overdue: expire it (its pack returns) before the worker claims anew.
    existing = await endVoucher(ports, existing._id, 'expired', attempt.now);
    if (!existing) return alreadyClaimed(attempt.campaign);
  }
  const { _id, ...fields } = voucher;
  const replaced = await store.updateWhere(Claims, { _id, status: existing.status, updatedAt: existing.updatedAt }, { $set: fields });
  if (replaced === 0) return alreadyClaimed(attempt.campaign);
  return ok({ voucher, previous: existing.status === 'pending' ? null : existing });
};

/** No pack for it after all: the voucher document goes back to what it was. */
const withdrawVoucher = async (store: Ports['store'], { voucher, previous }: Placed) => {
  const mine = { _id: voucher._id, status: 'pending', code: voucher.code } as const;
  if (!previous) return void (await store.removeWhere(Claims, mine));
  const { _id, ...fields } = previous;
  await store.updateWhere(Claims, mine, { $set: fields });
};

/** Its pack is taken: the voucher becomes 待领取 and is counted, in one transaction. */
const activateVoucher = (store: Ports['store'], voucher: ClaimDoc) =>
  inTransaction(store, async (tx, abort: Abort<'WELFARE.ALREADY_CLAIMED'>) => {
    if (!(await tx.update(Claims, voucher._id, { $set: { status: 'active' } }))) return abort(fail('WELFARE.ALREADY_CLAIMED'));
    await countWelfare(tx, voucher, 'claimed', voucher.claimedAt);
    return { ...voucher, status: 'active' as const };
  });

/**
 * 领取: write the voucher (pending), take a pack with one conditional update, then activate the voucher
 * with its counter. Voucher first, so a repeated tap is stopped by the insert conflict before it can
 * hold a pack that others then miss. A crash between the writes never leaves a voucher without a pack:
 * a pending voucher is no voucher. It may leave a pack nobody holds (taken, then no activation); the
 * sweep returns it once the campaign has been quiet.
 *
 * Store operations for a granted claim: 2 reads (campaign and membership, by the caller) and 4 writes
 * (voucher, stock, activation, counter). A repeated tap: 1 write refused, 1 read. Sold out: 1 read
 * (the worker's voucher, if any), no write.
 */
export const claimVoucher = async (ports: ClaimPorts, attempt: ClaimAttempt): Promise<Outcome<ClaimDoc, ClaimFailure>> => {
  const prepared = prepareClaim(attempt);
  if (!prepared.ok) return prepared;
  const { campaign, stationId, now } = attempt;
  // What the campaign read said; the conditional update below is what decides. One read more tells a
  // worker who already holds a voucher so, rather than that the packs ran out.
  if (stockLeftAt(campaign, stationId) <= 0) {
    return heldVoucherOf(await ports.store.get(Claims, prepared.data.claimId), now) ? alreadyClaimed(campaign) : fail('WELFARE.SOLD_OUT');
  }

  const placed = await placeVoucher(ports, attempt, pendingVoucher(attempt, prepared.data));
  if (!placed.ok) return placed;
  const occupation = prepared.data.claimant.occupation;
  if (!(await takeUnit(ports.store, campaign, stationId, occupation, now))) {
    await withdrawVoucher(ports.store, placed.data);
    const current = await ports.store.get(Campaigns, campaign._id);
    if (current?.status === 'closed') return fail('WELFARE.CLOSED');
    if (current?.status === 'paused') return fail('WELFARE.PAUSED');
    return fail('WELFARE.SOLD_OUT');
  }
  const activated = await activateVoucher(ports.store, placed.data.voucher);
  if (!activated.ok) await giveBackUnit(ports.store, campaign, stationId, occupation, now);
  return activated;
};

/**
 * A voucher for a worker who already has a pack in hand (the first in line, given one that ended):
 * the same voucher writes, no stock taken.
 */
export const claimWithPackInHand = async (ports: ClaimPorts, attempt: ClaimAttempt): Promise<Outcome<ClaimDoc, ClaimFailure>> => {
  const prepared = prepareClaim(attempt);
  if (!prepared.ok) return prepared;
  const placed = await placeVoucher(ports, attempt, pendingVoucher(attempt, prepared.data));
  if (!placed.ok) return placed;
  const activated = await activateVoucher(ports.store, placed.data.voucher);
  if (!activated.ok) await withdrawVoucher(ports.store, placed.data);
  return activated;
};
