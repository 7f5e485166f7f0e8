import { z } from 'zod';
import { defineCollection } from '../../ports/store.port';

/**
 * Which seed steps a local database has had, `_id` = the step's name. A step runs once, ever: data the
 * demo users later change or delete (a member who 退会) is not brought back on the next start, while a
 * step added by a later version (stations, campaigns) still runs on an existing data dir.
 * Local only: the production database is never seeded.
 */
export const SeedMarkDocSchema = z.object({ _id: z.string(), at: z.number() });
export type SeedMarkDoc = z.infer<typeof SeedMarkDocSchema>;

export const SeedMarks = defineCollection({ name: 'seedMarks', schema: SeedMarkDocSchema, indexes: [] });
