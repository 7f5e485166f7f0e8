import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * One document per (caller, action, requestId), `_id` = a hash of the three. Inserted before the action
 * runs, so a concurrent retry finds it and waits for the first result instead of running again.
 */
export const IdempotencyDocSchema = z.object({
  _id: z.string(),
  state: z.enum(['running', 'done']),
  /**
   * The first result, as JSON text: an envelope's `fields` has dotted keys (`consent.sensitive`) that
   * CloudBase's database refuses as field names.
   */
  envelopeJson: z.string().nullable(),
  createdAt: z.number(),
  /**
   * The caller's openid, so 删除我的信息 can find and remove their markers (a stored answer may hold their
   * name or masked data). Absent on markers written before it was kept.
   */
  owner: z.string().optional(),
});
export type IdempotencyDoc = z.infer<typeof IdempotencyDocSchema>;

export const Idempotency = defineCollection({ name: 'idempotency', schema: IdempotencyDocSchema, indexes: [{ fields: ['createdAt'] }, { fields: ['owner'] }] });
