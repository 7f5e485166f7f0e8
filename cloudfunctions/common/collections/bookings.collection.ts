import { z } from 'zod';
import { BookingStatusSchema } from '@core/enums/health';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * A worker's booking in one plan, `_id` = `${planId}_${openid}`: one per worker per plan, enforced by
 * the insert itself. A cancelled booking keeps its document (and code) and is reused by a new booking.
 * The slot's time and site are copied in, so reminders, no-shows and the worker's history are queries
 * on this collection alone.
 */
export const BookingDocSchema = z.object({
  _id: z.string(),
  planId: z.string(),
  openid: z.string(),
  status: BookingStatusSchema,
  slotId: z.string(),
  siteId: z.string(),
  slotStartsAt: z.number(),
  slotEndsAt: z.number(),
  /** What staff type or scan at arrival (unique within the plan: bookingCodes). */
  code: z.string(),
  /** The worker's union and occupation when they booked: the counters' dimensions. */
  unionId: z.string(),
  unionPath: z.string(),
  occupation: OccupationSchema,
  /** The plan's union path, for scope checks without reading the plan. */
  planUnionPath: z.string(),
  /** The answers to the health question, AES-GCM sealed (sensitive personal data); null when none was asked. */
  answersCipher: z.string().nullable(),
  consent: z.object({ version: z.string(), at: z.number() }),
  reminded: z.boolean(),
  moves: z.number(),
  bookedAt: z.number(),
  cancelledAt: z.number().nullable(),
  checkedInAt: z.number().nullable(),
  checkedInBy: z.string().nullable(),
  noShowAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type BookingDoc = z.infer<typeof BookingDocSchema>;

export const Bookings = defineCollection({
  name: 'bookings',
  schema: BookingDocSchema,
  indexes: [
    { fields: ['openid', 'slotStartsAt'] },
    { fields: ['slotId', 'status'] },
    { fields: ['status', 'reminded', 'slotStartsAt'] },
    { fields: ['status', 'slotStartsAt'] },
  ],
});

export const bookingIdOf = (planId: string, openid: string): string => `${planId}_${openid}`;
