import { healthContracts } from '@core/contracts/health.contract';
import { Bookings, bookingIdOf, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { changeRefusalOf, type ChangeRefusal } from './booking-changes';
import { toBookingView } from './health-views';
import { seatFreed, seatTaken } from './seats';
import { planOfMyBooking } from './worker-plans';

type MoveRefusal = ChangeRefusal | 'HEALTH.SLOT_FULL' | 'HEALTH.SLOT_CLOSED';

/**
 * 改期: one transaction takes a seat in the new slot, frees the old one and points the booking at the
 * new slot — so the old seat is freed only if the new one was taken, and a crash leaves either the old
 * booking or the new one, never both or neither. Transactions hold document operations only (on
 * CloudBase a `where()` would run outside them), so the new slot is read and checked inside the
 * transaction and written by `_id`: SQLite runs the transaction alone; CloudBase's snapshot isolation
 * aborts and reruns it if a booking changed that slot after the read, and a plain booking that comes
 * second waits for the transaction and then finds the seat gone.
 */
export const moveBooking = defineAction({
  contract: healthContracts.move,
  access: members,
  run: async (input, { caller, ports }) => {
    const plan = await planOfMyBooking(ports.store, input.planId, caller.member!);
    if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
    const target = await ports.store.get(HealthSlots, input.slotId);
    if (!target || target.planId !== plan._id) return fail('HEALTH.SLOT_NOT_FOUND', { fields: { slotId: '请重新选择时段' } });
    const now = ports.clock.now();
    const id = bookingIdOf(plan._id, caller.openid);

    const moved = await inTransaction(ports.store, async (tx, abort: Abort<MoveRefusal>) => {
      const booking = await tx.get(Bookings, id);
      const refusal = changeRefusalOf(booking, plan, now);
      if (refusal) return abort(refusal);
      const current = booking!;
      // A repeated tap: the booking is already there.
      if (current.slotId === target._id) return current;

      const slot = await tx.get(HealthSlots, target._id);
      if (!slot || !slot.open || slot.startsAt <= now) return abort(fail('HEALTH.SLOT_CLOSED', { fields: { slotId: '请换一个时段' } }));
      if (slot.remaining <= 0) return abort(fail('HEALTH.SLOT_FULL', { fields: { slotId: '请换一个时段' } }));
      await tx.update(HealthSlots, slot._id, seatTaken(now));
      await tx.update(HealthSlots, current.slotId, seatFreed(now));
      const next: BookingDoc = {
        ...current,
        slotId: slot._id,
        siteId: slot.siteId,
        slotStartsAt: slot.startsAt,
        slotEndsAt: slot.endsAt,
        reminded: false,
        moves: current.moves + 1,
        updatedAt: now,
      };
      await tx.update(Bookings, id, {
        $set: { slotId: next.slotId, siteId: next.siteId, slotStartsAt: next.slotStartsAt, slotEndsAt: next.slotEndsAt, reminded: false, updatedAt: now },
        $inc: { moves: 1 },
      });
      return next;
    });
    if (!moved.ok) return moved;
    return ok(toBookingView(moved.data, plan, ports.pii, now));
  },
});
