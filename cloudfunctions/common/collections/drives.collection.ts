import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/** An enrollment drive (双覆盖 双推进 活动). Issue 6 grows it; joins made at a drive carry its id. */
export const DriveDocSchema = z.object({
  _id: z.string(),
  title: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  place: z.string(),
  startsAt: z.number(),
  endsAt: z.number(),
  createdBy: z.string(),
  createdAt: z.number(),
});
export type DriveDoc = z.infer<typeof DriveDocSchema>;

export const Drives = defineCollection({
  name: 'drives',
  schema: DriveDocSchema,
  indexes: [{ fields: ['unionPath', 'startsAt'] }],
});
