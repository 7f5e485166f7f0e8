import type { ErrorCode } from '@core/errors';
import { Bookings, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import type { Store } from '../common/ports/store.port';
import type { Failure, Outcome } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { countBooking } from './health-counters';
import { seatFreed } from './seats';

/**
 * 取消预约's write, shared by the worker's own cancel and 退会 (membership-end.ts): the booking turns
 * 已取消 and its seat returns at once, with its counters, in one transaction that first reads the
 * booking and asks `refusalOf` — so a double tap, or 退会 run twice, frees one seat, not two.
 */
export const cancelHeldBooking = <E extends ErrorCode>(
  store: Store,
  bookingId: string,
  now: number,
  refusalOf: (booking: BookingDoc | null) => Failure<E> | null,
): Promise<Outcome<BookingDoc, E>> =>
  inTransaction(store, async (tx, abort: Abort<E>) => {
    const booking = await tx.get(Bookings, bookingId);
    const refusal = refusalOf(booking);
    if (refusal) return abort(refusal);
    const current = booking!;
    await tx.update(Bookings, bookingId, { $set: { status: 'cancelled', cancelledAt: now, updatedAt: now } });
    await tx.update(HealthSlots, current.slotId, seatFreed(now));
    await countBooking(tx, current, current.bookedAt, { booked: -1 });
    return { ...current, status: 'cancelled', cancelledAt: now, updatedAt: now } satisfies BookingDoc;
  });
