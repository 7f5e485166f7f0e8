import { z } from 'zod';
import { defineCollection } from '../../../ports/store.port';

/** Collections for the adapter tests: one with nested and nullable fields, one of counters. */
export const Things = defineCollection({
  name: 'things',
  schema: z.object({
    _id: z.string(),
    name: z.string(),
    status: z.enum(['pending', 'approved']).optional(),
    rank: z.number().nullable().optional(),
    unionPath: z.string().optional(),
    stock: z.number().optional(),
    active: z.boolean().optional(),
    consent: z.object({ version: z.string(), at: z.number().optional() }).optional(),
    target: z.object({ id: z.string() }).optional(),
    tags: z.array(z.string()).optional(),
  }),
  indexes: [{ fields: ['status', 'rank'] }, { fields: ['target.id'] }],
});

export const Tallies = defineCollection({
  name: 'tallies',
  schema: z.object({ _id: z.string(), kind: z.string() }).catchall(z.union([z.number(), z.string()])),
  indexes: [],
});
