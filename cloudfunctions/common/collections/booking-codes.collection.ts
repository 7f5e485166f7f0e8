import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * A booking code's key, `_id` = `${planId}:${code}`, inserted in the same transaction as the booking:
 * two bookings of a plan can never share a code, and arrival finds the booking with one read by id.
 */
export const BookingCodeDocSchema = z.object({
  _id: z.string(),
  bookingId: z.string(),
  openid: z.string(),
});
export type BookingCodeDoc = z.infer<typeof BookingCodeDocSchema>;

export const BookingCodes = defineCollection({ name: 'bookingCodes', schema: BookingCodeDocSchema, indexes: [] });

export const bookingCodeIdOf = (planId: string, code: string): string => `${planId}:${code}`;
