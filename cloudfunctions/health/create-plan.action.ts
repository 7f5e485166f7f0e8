import { randomBytes } from 'node:crypto';
import { healthContracts } from '@core/contracts/health.contract';
import { endOfDay } from '@core/rules/health-slots';
import { Audit } from '../common/collections/audit.collection';
import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { Unions } from '../common/collections/unions.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toStaffPlanView } from './health-views';

/**
 * 新建体检计划: an admin of the organizing union (or above) sets the package, who may book, the places,
 * the dates and the booking rules. Members of that union's subtree see it at once; slots come next.
 */
export const createPlan = defineAction({
  contract: healthContracts.createPlan,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await ports.store.get(Unions, input.unionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
    if (!caller.scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');

    const now = ports.clock.now();
    const plan: HealthPlanDoc = {
      _id: `hp-${randomBytes(6).toString('hex')}`,
      title: input.title,
      unionId: union._id,
      unionPath: union.path,
      unionName: union.name,
      provider: input.provider,
      items: input.items,
      notes: input.notes,
      eligibility: { occupations: input.occupations, ageMin: input.ageMin, ageMax: input.ageMax },
      sites: input.sites.map((site, i) => ({ id: `s${i + 1}`, ...site })),
      firstDay: input.firstDay,
      lastDay: input.lastDay,
      endsAt: endOfDay(input.lastDay),
      booking: { opensAt: input.opensAt, priorityDays: input.priorityDays, lateDays: input.lateDays, closesAt: endOfDay(input.lastDay) },
      cutoffHours: input.cutoffHours,
      createdBy: caller.openid,
      createdAt: now,
      updatedAt: now,
    };
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
