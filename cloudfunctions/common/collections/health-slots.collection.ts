import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * One time range at one site of a plan, `_id` = `${planId}_${siteId}_${yyyymmdd}_${hhmm}` (generating
 * a pattern twice makes nothing new). Seats: `remaining` = `capacity` − `booked`, kept together by every
 * write, so taking a seat is one conditional update on `remaining > 0` — no read, no race.
 */
export const HealthSlotDocSchema = z.object({
  _id: z.string(),
  planId: z.string(),
  siteId: z.string(),
  /** The plan's union path, for scope checks without reading the plan. */
  unionPath: z.string(),
  day: z.string(),
  startsAt: z.number(),
  endsAt: z.number(),
  capacity: z.number(),
  /** Seats held by bookings (booked, checked in or no-show): a used seat stays used. */
  booked: z.number(),
  remaining: z.number(),
  checkedIn: z.number(),
  noShow: z.number(),
  /** False: the admin stopped new bookings here (existing ones stand). */
  open: z.boolean(),
  createdAt: z.number(),
  /** Moved by every seat change: the sweep recounts seats only of slots quiet for a while. */
  updatedAt: z.number(),
});
export type HealthSlotDoc = z.infer<typeof HealthSlotDocSchema>;

export const HealthSlots = defineCollection({
  name: 'healthSlots',
  schema: HealthSlotDocSchema,
  indexes: [{ fields: ['planId', 'siteId', 'startsAt'] }, { fields: ['planId', 'startsAt'] }, { fields: ['updatedAt'] }],
});
