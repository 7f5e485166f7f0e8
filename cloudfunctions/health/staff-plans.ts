import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { HealthSlots, type HealthSlotDoc } from '../common/collections/health-slots.collection';
import type { Store } from '../common/ports/store.port';
import { findAll } from '../common/runtime/find-all';
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
export const allSlotsOf = (store: Store, planId: string, siteId?: string): Promise<HealthSlotDoc[]> =>
  findAll(store, HealthSlots, { where: siteId ? { planId, siteId } : { planId }, orderBy: [['startsAt', 'asc']] });
