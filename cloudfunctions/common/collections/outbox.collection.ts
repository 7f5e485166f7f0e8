import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/** Notifications as the local notifier records them; the dev panel lists them. */
export const OutboxDocSchema = z.object({
  _id: z.string(),
  at: z.number(),
  openid: z.string(),
  template: z.string(),
  data: z.record(z.string()),
  page: z.string(),
});
export type OutboxDoc = z.infer<typeof OutboxDocSchema>;

export const Outbox = defineCollection({ name: 'outbox', schema: OutboxDocSchema, indexes: [{ fields: ['at'] }, { fields: ['openid', 'at'] }] });
