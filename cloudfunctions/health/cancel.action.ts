import { healthContracts } from '@core/contracts/health.contract';
import { bookingIdOf } from '../common/collections/bookings.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { changeRefusalOf } from './booking-changes';
import { cancelHeldBooking } from './cancel-booking';
import { toBookingView } from './health-views';
import { planOfMyBooking } from './worker-plans';

/**
 * 取消预约 until the cut-off: the booking turns 已取消 and its seat returns at once, in one
 * transaction, conditional on the booking still being 已预约 — so a double tap frees one seat, not two
 * (cancel-booking.ts, which 退会 uses too).
 */
export const cancelBooking = defineAction({
  contract: healthContracts.cancel,
  access: members,
  run: async (input, { caller, ports }) => {
    const plan = await planOfMyBooking(ports.store, input.planId, caller.member!);
    if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
    const now = ports.clock.now();

    const cancelled = await cancelHeldBooking(ports.store, bookingIdOf(plan._id, caller.openid), now, (booking) => changeRefusalOf(booking, plan, now));
    if (!cancelled.ok) return cancelled;
    return ok(toBookingView(cancelled.data, plan, ports.pii, now));
  },
});
