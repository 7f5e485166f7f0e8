import { healthContracts } from '@core/contracts/health.contract';
import { occupations } from '@core/enums/occupation';
import { Counters } from '../common/collections/counters.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { healthPlanCounterIdOf } from './health-counters';
import { toStaffPlanView, toStaffSlotView } from './health-views';
import { allSlotsOf, managedPlan } from './staff-plans';

const tally = (doc: Record<string, unknown> | null, field: string): number => (typeof doc?.[field] === 'number' ? (doc[field] as number) : 0);

/**
 * 体检统计: booked, checked in and no-show — by slot (from the slots themselves) and by occupation
 * (from the plan's counters), with totals per site and for the plan. A handful of reads at any size.
 */
export const showPlanStats = defineAction({
  contract: healthContracts.planStats,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    const plan = await managedPlan(ports.store, input.planId, caller.scope);
    if (isFailure(plan)) return plan;
    const now = ports.clock.now();
    const [slots, counters] = await Promise.all([
      allSlotsOf(ports.store, plan._id),
      Promise.all(occupations.map((occupation) => ports.store.get(Counters, healthPlanCounterIdOf(plan._id, occupation)))),
    ]);

    const sum = <T extends { capacity: number; booked: number; checkedIn: number; noShow: number }>(rows: readonly T[]) => ({
      capacity: rows.reduce((total, row) => total + row.capacity, 0),
      booked: rows.reduce((total, row) => total + row.booked, 0),
      checkedIn: rows.reduce((total, row) => total + row.checkedIn, 0),
      noShow: rows.reduce((total, row) => total + row.noShow, 0),
    });
    return ok({
      plan: toStaffPlanView(plan),
      now,
      totals: sum(slots),
      sites: plan.sites.map((site) => ({ siteId: site.id, ...sum(slots.filter((slot) => slot.siteId === site.id)) })),
      slots: slots.map((slot) => toStaffSlotView(slot, now)),
      occupations: occupations
        .map((occupation, i) => ({
          occupation,
          booked: tally(counters[i], 'booked'),
          checkedIn: tally(counters[i], 'checkedIn'),
          noShow: tally(counters[i], 'noShow'),
        }))
        .filter((row) => row.booked + row.checkedIn + row.noShow > 0),
    });
  },
});
