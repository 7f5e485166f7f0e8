import { z } from 'zod';
import { HealthItemSchema, SiteKindSchema } from '@core/enums/health';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * A 体检 plan: who organizes it (members of that union's subtree may book; staff covering it run it),
 * the provider and package, the places and dates, and the booking rules. Slots live in healthSlots.
 */
export const HealthPlanDocSchema = z.object({
  _id: z.string(),
  title: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  provider: z.string(),
  items: z.array(HealthItemSchema),
  /** The plan's own preparation notes, after the ones derived from its items. */
  notes: z.array(z.string()),
  eligibility: z.object({
    occupations: z.array(OccupationSchema),
    ageMin: z.number().nullable(),
    ageMax: z.number().nullable(),
  }),
  sites: z.array(z.object({ id: z.string(), name: z.string(), address: z.string(), kind: SiteKindSchema })),
  /** `2026-12-03`, Asia/Shanghai. */
  firstDay: z.string(),
  lastDay: z.string(),
  /** The end of the last day: plans still running are those with endsAt > now. */
  endsAt: z.number(),
  booking: z.object({ opensAt: z.number(), priorityDays: z.number(), lateDays: z.number(), closesAt: z.number() }),
  cutoffHours: z.number(),
  createdBy: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type HealthPlanDoc = z.infer<typeof HealthPlanDocSchema>;

export const HealthPlans = defineCollection({
  name: 'healthPlans',
  schema: HealthPlanDocSchema,
  indexes: [{ fields: ['unionPath', 'endsAt'] }],
});
