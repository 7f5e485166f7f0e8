import { healthContracts } from '@core/contracts/health.contract';
import { Bookings, bookingIdOf, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { changeRefusalOf, type ChangeRefusal } from './booking-changes';
import { countBooking } from './health-counters';
import { toBookingView } from './health-views';
import { seatFreed } from './seats';
import { visiblePlan } from './worker-plans';

/**
 * 取消预约 until the cut-off: the booking turns 已取消 and its seat returns at once, in one
 * transaction, conditional on the booking still being 已预约 — so a double tap frees one seat, not two.
 */
export const cancelBooking = defineAction({
  contract: healthContracts.cancel,
  access: members,
  run: async (input, { caller, ports }) => {
    const plan = await visiblePlan(ports.store, input.planId, caller.member!);
    if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
    const now = ports.clock.now();
    const id = bookingIdOf(plan._id, caller.openid);

    const cancelled = await inTransaction(ports.store, async (tx, abort: Abort<ChangeRefusal>) => {
      const booking = await tx.get(Bookings, id);
      const refusal = changeRefusalOf(booking, plan, now);
      if (refusal) return abort(refusal);
      const current = booking!;
      await tx.update(Bookings, id, { $set: { status: 'cancelled', cancelledAt: now, updatedAt: now } });
      await tx.update(HealthSlots, current.slotId, seatFreed(now));
      await countBooking(tx, current, current.bookedAt, { booked: -1 });
      return { ...current, status: 'cancelled', cancelledAt: now, updatedAt: now } satisfies BookingDoc;
    });
    if (!cancelled.ok) return cancelled;
    return ok(toBookingView(cancelled.data, plan, ports.pii, now));
  },
});
