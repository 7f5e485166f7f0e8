import { healthContracts } from '@core/contracts/health.contract';
import { dayKey } from '@core/rules/time';
import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toStaffPlanView } from './health-views';

/** How long a finished plan stays on the staff list: stats and late no-shows are still looked at. */
const keepFinishedMs = 30 * 24 * 3600_000;

/**
 * 体检工作: plans in the staff member's subtrees that are running or ended in the last 30 days, soonest
 * end first, with today's date from the server's clock (a phone's clock may be wrong).
 */
export const listManagedPlans = defineAction({
  contract: healthContracts.managedPlans,
  access: staffWith('operator'),
  run: async (_input, { caller, ports }) => {
    const now = ports.clock.now();
    const pages = await Promise.all(
      (caller.scope?.unionPaths ?? []).map((unionPath) =>
        ports.store.find(HealthPlans, {
          where: { unionPath: { $prefix: unionPath }, endsAt: { $gt: now - keepFinishedMs } },
          orderBy: [['endsAt', 'asc']],
          limit: 50,
        }),
      ),
    );
    const plans = pages.flatMap((page) => page.items).sort((a: HealthPlanDoc, b: HealthPlanDoc) => a.endsAt - b.endsAt);
    return ok({ now, today: dayKey(now), items: plans.map(toStaffPlanView) });
  },
});
