import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * Uniqueness of fields other than `_id` (DESIGN.md): a small document whose `_id` is the field's hash,
 * inserted in the same transaction as the record it guards. `_id` = `${kind}:${hash}`.
 */
export const UniqueKeyDocSchema = z.object({
  _id: z.string(),
  kind: z.enum(['idNumber', 'phone']),
  /** The openid whose record holds the value. */
  owner: z.string(),
  createdAt: z.number(),
});
export type UniqueKeyDoc = z.infer<typeof UniqueKeyDocSchema>;

export const UniqueKeys = defineCollection({ name: 'uniqueKeys', schema: UniqueKeyDocSchema, indexes: [{ fields: ['owner'] }] });

export const uniqueKeyIdOf = (kind: UniqueKeyDoc['kind'], hash: string): string => `${kind}:${hash}`;
