import { healthContracts } from '@core/contracts/health.contract';
import { rangesOverlap } from '@core/rules/health-slots';
import { Audit } from '../common/collections/audit.collection';
import { HealthSlots, type HealthSlotDoc } from '../common/collections/health-slots.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { siteOf, toStaffSlotView } from './health-views';
import { slotDocsOf } from './plan-docs';
import { allSlotsOf, managedPlan } from './staff-plans';

/** A site holds at most this many slots, so a worker's slot list is one page. */
export const maxSlotsPerSite = 100;

/**
 * 排期: slots for one site from a pattern (days × time ranges × capacity). Slot ids are deterministic,
 * so a pattern applied twice adds only what is missing; a new range may not overlap an existing one.
 */
export const generateSlots = defineAction({
  contract: healthContracts.generateSlots,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const plan = await managedPlan(ports.store, input.planId, caller.scope);
    if (isFailure(plan)) return plan;
    const site = siteOf(plan, input.siteId);
    if (!site) return fail('HEALTH.SITE_NOT_FOUND', { fields: { siteId: '请重新选择体检地点' } });
    const outside = input.days.find((day) => day < plan.firstDay || day > plan.lastDay);
    if (outside) {
      return fail('HEALTH.DAY_OUTSIDE_PLAN', { fields: { days: `${outside} 不在 ${plan.firstDay} 到 ${plan.lastDay} 之间` } });
    }

    const now = ports.clock.now();
    const existing = await allSlotsOf(ports.store, plan._id, site.id);
    const existingIds = new Set(existing.map((slot) => slot._id));
    const pattern = slotDocsOf(plan, site.id, input, now);
    const fresh = pattern.filter((slot) => !existingIds.has(slot._id));
    const clash = fresh.find((slot) =>
      existing.some((old) => old.day === slot.day && rangesOverlap(rangeOf(slot), rangeOf(old))),
    );
    if (clash) {
      const { start, end } = rangeOf(clash);
      return fail('HEALTH.SLOT_OVERLAP', { fields: { times: `${clash.day} ${start}-${end} 和已有的时段重叠` } });
    }
    if (existing.length + fresh.length > maxSlotsPerSite) {
      return fail('HEALTH.TOO_MANY_SLOTS', { fields: { days: `这个地点已有${existing.length}个时段，最多${maxSlotsPerSite}个` } });
    }

    if (fresh.length > 0) {
      await ports.store.transaction(async (tx) => {
        for (const slot of fresh) {
          // A concurrent run of the same pattern may have made it meanwhile: then it is there already.
          if (!(await tx.get(HealthSlots, slot._id))) await tx.insert(HealthSlots, slot);
        }
        await tx.insert(
          Audit,
          auditRecord(context, {
            action: 'health.generateSlots',
            union: { id: plan.unionId, path: plan.unionPath },
            target: { collection: HealthSlots.name, id: `${plan._id}_${site.id}` },
            summary: `${site.name}排期：新增${fresh.length}个时段，每个${input.capacity}人`,
          }),
        );
      });
    }
    const slots = [...existing, ...fresh].sort((a, b) => a.startsAt - b.startsAt);
    return ok({ created: fresh.length, existing: pattern.length - fresh.length, slots: slots.map((slot) => toStaffSlotView(slot, now)) });
  },
});

/** `08:30` of an instant, Asia/Shanghai. */
const clockOf = (ms: number): string => new Date(ms + 8 * 3600_000).toISOString().slice(11, 16);

const rangeOf = (slot: HealthSlotDoc) => ({ start: clockOf(slot.startsAt), end: clockOf(slot.endsAt) });
