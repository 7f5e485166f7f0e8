import type { ParsedInputOf } from '@core/contract';
import type { healthContracts } from '@core/contracts/health.contract';
import { endOfDay, slotIdOf, slotsFromPattern, type SlotPattern } from '@core/rules/health-slots';
import type { HealthPlanDoc } from '../common/collections/health-plans.collection';
import type { HealthSlotDoc } from '../common/collections/health-slots.collection';
import type { UnionDoc } from '../common/collections/unions.collection';

/**
 * The plan and slot documents createPlan and generateSlots write — and the demo seed, with the same
 * helpers, so seeded plans are indistinguishable from real ones.
 */
export const planDocOf = (
  id: string,
  input: ParsedInputOf<typeof healthContracts.createPlan>,
  union: Pick<UnionDoc, '_id' | 'path' | 'name'>,
  createdBy: string,
  now: number,
): HealthPlanDoc => ({
  _id: id,
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
  createdBy,
  createdAt: now,
  updatedAt: now,
});

/** Every slot a pattern makes at one site of the plan, empty and open. */
export const slotDocsOf = (plan: Pick<HealthPlanDoc, '_id' | 'unionPath'>, siteId: string, pattern: SlotPattern, now: number): HealthSlotDoc[] =>
  slotsFromPattern(pattern).map((slot) => ({
    _id: slotIdOf(plan._id, siteId, slot.day, slot.start),
    planId: plan._id,
    siteId,
    unionPath: plan.unionPath,
    day: slot.day,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: slot.capacity,
    booked: 0,
    remaining: slot.capacity,
    checkedIn: 0,
    noShow: 0,
    open: true,
    createdAt: now,
    updatedAt: now,
  }));
