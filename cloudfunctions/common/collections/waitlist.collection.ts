import { z } from 'zod';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * Workers queued for a sold-out campaign, `_id` = `${campaignId}_${openid}` (one place per person).
 * When a pack comes back (given back, expired, topped up) the first one waiting gets a voucher and a
 * message; the entry then records what happened to it.
 */
export const WaitlistDocSchema = z.object({
  _id: z.string(),
  campaignId: z.string(),
  openid: z.string(),
  stationId: z.string(),
  occupation: OccupationSchema,
  state: z.enum(['waiting', 'granted', 'dropped']),
  joinedAt: z.number(),
  /** When it stopped waiting: granted a voucher, or dropped (already had one, no longer eligible). */
  settledAt: z.number().nullable(),
});
export type WaitlistDoc = z.infer<typeof WaitlistDocSchema>;

export const Waitlist = defineCollection({
  name: 'waitlist',
  schema: WaitlistDocSchema,
  indexes: [{ fields: ['campaignId', 'state', 'joinedAt'] }, { fields: ['openid'] }],
});
