import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { HealthSlots, type HealthSlotDoc } from '../common/collections/health-slots.collection';
import type { Page, Store } from '../common/ports/store.port';
import type { StaffScope } from '../common/runtime/access';
import { fail, type Failure } from '../common/runtime/action';

/** A plan the staff member may run: it exists, and its union lies in their subtree. */
export const managedPlan = async (
  store: Store,
  planId: string,
  scope: StaffScope | null,
): Promise<HealthPlanDoc | Failure<'HEALTH.PLAN_NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const plan = await store.get(HealthPlans, planId);
  if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
  if (!scope?.covers(plan.unionPath)) return fail('AUTH.FORBIDDEN');
  return plan;
};

/** Every slot of a plan (or of one site), in time order, page by page. */
export const allSlotsOf = async (store: Store, planId: string, siteId?: string): Promise<HealthSlotDoc[]> => {
  const slots: HealthSlotDoc[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<HealthSlotDoc> = await store.find(HealthSlots, {
      where: siteId ? { planId, siteId } : { planId },
      orderBy: [['startsAt', 'asc']],
      limit: 100,
      cursor,
    });
    slots.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return slots;
};
