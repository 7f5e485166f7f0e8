import { BookingCodes, bookingCodeIdOf } from '../common/collections/booking-codes.collection';
import { Bookings, bookingIdOf, type BookingDoc } from '../common/collections/bookings.collection';
import type { HealthPlanDoc } from '../common/collections/health-plans.collection';
import type { HealthSlotDoc } from '../common/collections/health-slots.collection';
import type { MemberDoc } from '../common/collections/members.collection';
import { isDuplicateId, type Store } from '../common/ports/store.port';
import { fail, type Outcome } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { newBookingCode } from './booking-code';
import { countBooking } from './health-counters';

export interface NewBooking {
  store: Store;
  plan: HealthPlanDoc;
  slot: HealthSlotDoc;
  member: MemberDoc;
  answersCipher: string | null;
  consentVersion: string;
  now: number;
}

/** Attempts at a fresh code before giving up: a clash among 32⁸ codes is already rare. */
const codeAttempts = 3;

/**
 * Writes the booking whose seat the caller already holds, with its code key and counters, in one
 * transaction. The booking `_id` is `${planId}_${openid}`, so a worker's second booking of a plan is
 * refused here however the two calls interleave: the second transaction reads the first's booking (or,
 * on CloudBase, conflicts with it and is rerun) or its insert hits the same `_id`. A cancelled
 * booking's document is reused, code and all.
 */
export const saveBooking = async ({ store, plan, slot, member, answersCipher, consentVersion, now }: NewBooking): Promise<Outcome<BookingDoc, 'HEALTH.ALREADY_BOOKED'>> => {
  const id = bookingIdOf(plan._id, member._id);
  for (let attempt = 1; ; attempt += 1) {
    const freshCode = newBookingCode();
    try {
      return await inTransaction(store, async (tx, abort: Abort<'HEALTH.ALREADY_BOOKED'>) => {
        const current = await tx.get(Bookings, id);
        if (current && current.status !== 'cancelled') return abort(fail('HEALTH.ALREADY_BOOKED'));
        const booking: BookingDoc = {
          _id: id,
          planId: plan._id,
          openid: member._id,
          status: 'booked',
          slotId: slot._id,
          siteId: slot.siteId,
          slotStartsAt: slot.startsAt,
          slotEndsAt: slot.endsAt,
          code: current?.code ?? freshCode,
          unionId: member.unionId,
          unionPath: member.unionPath,
          occupation: member.occupation,
          planUnionPath: plan.unionPath,
          answersCipher,
          consent: { version: consentVersion, at: now },
          reminded: false,
          moves: current?.moves ?? 0,
          bookedAt: now,
          cancelledAt: null,
          checkedInAt: null,
          checkedInBy: null,
          noShowAt: null,
          updatedAt: now,
        };
        if (current) {
          const { _id, ...fields } = booking;
          await tx.update(Bookings, id, { $set: fields });
        } else {
          await tx.insert(BookingCodes, { _id: bookingCodeIdOf(plan._id, booking.code), bookingId: id, openid: member._id });
          await tx.insert(Bookings, booking);
        }
        await countBooking(tx, booking, now, { booked: 1 });
        return booking;
      });
    } catch (error) {
      if (isDuplicateId(error) && error.collection === Bookings.name) return fail('HEALTH.ALREADY_BOOKED');
      if (isDuplicateId(error) && error.collection === BookingCodes.name && attempt < codeAttempts) continue;
      throw error;
    }
  }
};

