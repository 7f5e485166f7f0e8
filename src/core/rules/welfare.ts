import type { PerPerson, VoucherStatus } from '../enums/welfare-labels';
import { dayKey } from './time';

const hourMs = 60 * 60 * 1000;

/**
 * The claim's `_id`, which is what makes "one per person" hold under any concurrency: a second claim
 * by the same worker is an insert of an existing `_id`, refused by both store engines. Per-day
 * campaigns add the day (Asia/Shanghai), so tomorrow's claim is a different document.
 */
export const claimIdOf = (campaignId: string, openid: string, perPerson: PerPerson, now: number): string =>
  perPerson === 'daily' ? `${campaignId}_${openid}_${dayKey(now)}` : `${campaignId}_${openid}`;

/** A voucher is valid for the campaign's hours after claiming, and never past the end of pick-up. */
export const voucherExpiresAt = (claimedAt: number, validHours: number, pickupEndsAt: number): number =>
  Math.min(claimedAt + validHours * hourMs, pickupEndsAt);

/** Vouchers that still hold a pack: the stock counts them as taken. */
export const holdsUnit = (status: VoucherStatus): boolean => status === 'active' || status === 'redeemed';

/**
 * What a voucher is at `now`: an unredeemed one past its expiry is 已过期 even before the sweep has
 * returned its pack to the stock.
 */
export const voucherStatusAt = (status: VoucherStatus, expiresAt: number, now: number): VoucherStatus =>
  status === 'active' && now >= expiresAt ? 'expired' : status;

export type WindowPhase = 'notStarted' | 'open' | 'ended';

/** Where `now` falls in a [startsAt, endsAt) window. */
export const windowPhase = (window: { startsAt: number; endsAt: number }, now: number): WindowPhase => {
  if (now < window.startsAt) return 'notStarted';
  if (now >= window.endsAt) return 'ended';
  return 'open';
};
