import { monthKey } from '@core/rules/time';
import type { BookingDoc } from '../common/collections/bookings.collection';
import { Counters } from '../common/collections/counters.collection';
import type { DocumentOps } from '../common/ports/store.port';

/**
 * 体检 counters, moved in the same transaction as the booking they count:
 * - `health:${unionId}:${occupation}:${month}` (kind `health`): the worker's union, for the dashboard;
 * - `healthPlan:${planId}:${occupation}` (kind `healthPlan`): one plan's stats by occupation.
 * Metrics: `booked` (net of cancellations), `checkedIn`, `noShow`.
 */
export type HealthTally = Partial<Record<'booked' | 'checkedIn' | 'noShow', number>>;

export const healthCounterIdOf = (unionId: string, occupation: string, month: string): string => `health:${unionId}:${occupation}:${month}`;

export const healthPlanCounterIdOf = (planId: string, occupation: string): string => `healthPlan:${planId}:${occupation}`;

type Counted = Pick<BookingDoc, 'unionId' | 'unionPath' | 'occupation' | 'planId' | 'planUnionPath'>;

/** Adds `by` to both counters of `booking`; `at` picks the month (a cancellation undoes the booking's month). */
export const countBooking = async (tx: DocumentOps, booking: Counted, at: number, by: HealthTally): Promise<void> => {
  const month = monthKey(at);
  const deltas = by as Record<string, number>;
  await tx.increment(Counters, healthCounterIdOf(booking.unionId, booking.occupation, month), deltas, {
    kind: 'health',
    unionId: booking.unionId,
    unionPath: booking.unionPath,
    occupation: booking.occupation,
    month,
  });
  await tx.increment(Counters, healthPlanCounterIdOf(booking.planId, booking.occupation), deltas, {
    kind: 'healthPlan',
    unionPath: booking.planUnionPath,
    occupation: booking.occupation,
    planId: booking.planId,
  });
};
