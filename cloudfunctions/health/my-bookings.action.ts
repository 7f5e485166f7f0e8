import { healthContracts } from '@core/contracts/health.contract';
import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { members } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toBookingView } from './health-views';
import { recentBookingsOf } from './worker-plans';

/** 我的预约: the worker's bookings, latest slot first, each with its code and what to bring. */
export const listMyBookings = defineAction({
  contract: healthContracts.myBookings,
  access: members,
  run: async (_input, { caller, ports }) => {
    const now = ports.clock.now();
    const bookings = await recentBookingsOf(ports.store, caller.openid);
    const planIds = [...new Set(bookings.map((booking) => booking.planId))];
    const plans = new Map<string, HealthPlanDoc>();
    for (const plan of await Promise.all(planIds.map((planId) => ports.store.get(HealthPlans, planId)))) {
      if (plan) plans.set(plan._id, plan);
    }
    const items = bookings.filter((booking) => plans.has(booking.planId)).map((booking) => toBookingView(booking, plans.get(booking.planId)!, ports.pii, now));
    return ok({ now, items });
  },
});
