import { shortDateTime } from '@core/rules/health-booking';
import { Bookings } from '../common/collections/bookings.collection';
import { HealthPlans } from '../common/collections/health-plans.collection';
import type { MembershipEndHook } from '../common/membership/membership-end.port';
import { fail } from '../common/runtime/action';
import { cancelHeldBooking } from './cancel-booking';

/**
 * 退会 cancels every booking still to come, through the very write 取消预约 makes: the seat returns at
 * once, the counters drop, and the end-of-day sweep never marks the worker 未到 (which would lower
 * their priority should they join and book again). The cut-off does not apply: someone who has left
 * will not come, so a seat freed late still beats one left empty. A slot already under way, and every
 * booking checked in or marked, stays as it is.
 */
export const healthMembershipEnd: MembershipEndHook = {
  label: '体检预约',

  release: async (openid, { store, clock }) => {
    const now = clock.now();
    const ahead = await store.find(Bookings, {
      where: { openid, status: 'booked', slotStartsAt: { $gt: now } },
      orderBy: [['slotStartsAt', 'asc']],
      limit: 100,
    });
    const notices: string[] = [];
    for (const booking of ahead.items) {
      const cancelled = await cancelHeldBooking(store, booking._id, now, (current) =>
        current?.status === 'booked' && current.slotStartsAt > now ? null : fail('HEALTH.NO_BOOKING'),
      );
      if (!cancelled.ok) continue;
      const plan = await store.get(HealthPlans, booking.planId);
      notices.push(`已取消你${shortDateTime(cancelled.data.slotStartsAt)}的体检预约${plan ? `（${plan.title}）` : ''}，名额已让给其他工友`);
    }
    return { released: notices.length, notices };
  },
};
