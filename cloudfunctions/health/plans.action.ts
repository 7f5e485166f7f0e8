import { healthContracts } from '@core/contracts/health.contract';
import { asksPregnancy, bookingWindowOf } from '@core/rules/health-booking';
import { HealthPlans } from '../common/collections/health-plans.collection';
import { members } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { planBaseOf, toBookingView } from './health-views';
import { ancestorPathsOf, ineligibilityOf, recentBookingsOf, tierOf, workerProfileOf } from './worker-plans';

/**
 * 体检预约 for a member: plans organized by their union or any union above it that have not ended,
 * each with whether they may book it, when, and why not — and their own booking, if any.
 */
export const listPlansForWorker = defineAction({
  contract: healthContracts.plans,
  access: members,
  run: async (_input, { caller, ports }) => {
    const member = caller.member!;
    const now = ports.clock.now();
    const [plans, history] = await Promise.all([
      ports.store.find(HealthPlans, {
        where: { unionPath: { $in: ancestorPathsOf(member.unionPath) }, endsAt: { $gt: now } },
        orderBy: [['endsAt', 'asc']],
        limit: 50,
      }),
      recentBookingsOf(ports.store, caller.openid),
    ]);
    if (plans.items.length === 0) return ok({ now, items: [] });

    const profile = workerProfileOf(member, ports.pii);
    const tier = tierOf(history, now);
    const items = plans.items.map((plan) => {
      const ineligible = ineligibilityOf(plan, profile);
      const booking = history.find((candidate) => candidate.planId === plan._id && candidate.status !== 'cancelled');
      return {
        ...planBaseOf(plan),
        eligible: ineligible === null,
        ineligibleReason: ineligible,
        window: bookingWindowOf(plan.booking, tier, now),
        asksPregnancy: asksPregnancy(plan.items, profile.female),
        myBooking: booking ? toBookingView(booking, plan, ports.pii, now) : null,
      };
    });
    return ok({ now, items });
  },
});
