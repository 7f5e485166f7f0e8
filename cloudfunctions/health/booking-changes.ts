import { canChangeBooking, changeDeadlineOf, shortDateTime } from '@core/rules/health-booking';
import type { BookingDoc } from '../common/collections/bookings.collection';
import type { HealthPlanDoc } from '../common/collections/health-plans.collection';
import { fail, type Failure } from '../common/runtime/action';

export type ChangeRefusal = 'HEALTH.NO_BOOKING' | 'HEALTH.BOOKING_FINISHED' | 'HEALTH.CHANGE_TOO_LATE';

/** Why the worker may not cancel or move this booking now, or null: shared by cancel and move. */
export const changeRefusalOf = (booking: BookingDoc | null, plan: HealthPlanDoc, now: number): Failure<ChangeRefusal> | null => {
  if (!booking || booking.status === 'cancelled') return fail('HEALTH.NO_BOOKING');
  if (booking.status !== 'booked') return fail('HEALTH.BOOKING_FINISHED');
  if (!canChangeBooking(booking.slotStartsAt, plan.cutoffHours, now)) {
    const deadline = shortDateTime(changeDeadlineOf(booking.slotStartsAt, plan.cutoffHours));
    return fail('HEALTH.CHANGE_TOO_LATE', {
      message: `体检开始前${plan.cutoffHours}小时内不能再改期或取消（截止到${deadline}）。如果去不了，请联系工会`,
    });
  }
  return null;
};
