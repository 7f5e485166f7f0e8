import { randomBytes } from 'node:crypto';
import { healthContracts } from '@core/contracts/health.contract';
import { Audit } from '../common/collections/audit.collection';
import { HealthPlans } from '../common/collections/health-plans.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { unionInScope } from '../common/runtime/union-in-scope';
import { toStaffPlanView } from './health-views';
import { planDocOf } from './plan-docs';

/**
 * 新建体检计划: an admin of the organizing union (or above) sets the package, who may book, the places,
 * the dates and the booking rules. Members of that union's subtree see it at once; slots come next.
 */
export const createPlan = defineAction({
  contract: healthContracts.createPlan,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;

    const plan = planDocOf(`hp-${randomBytes(6).toString('hex')}`, input, union, caller.openid, ports.clock.now());
    await ports.store.transaction(async (tx) => {
      await tx.insert(HealthPlans, plan);
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'health.createPlan',
          union: { id: union._id, path: union.path },
          target: { collection: HealthPlans.name, id: plan._id },
          summary: `新建体检计划：${plan.title}`,
        }),
      );
    });
    return ok(toStaffPlanView(plan));
  },
});
