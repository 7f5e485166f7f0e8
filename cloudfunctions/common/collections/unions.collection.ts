import { z } from 'zod';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * The union tree: district → street or industry → grassroots. `path` lists the ids from the root down
 * to this union (`/root/street-a/g-1/`), so a subtree is one prefix query and a staff grant covers a
 * union when the union's path starts with the grant's.
 */
export const UnionDocSchema = z.object({
  _id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  path: z.string(),
  level: z.enum(['district', 'street', 'industry', 'grassroots']),
  /** Workers join grassroots unions; the levels above organize them. */
  acceptsMembers: z.boolean(),
  /**
   * The occupation group a grassroots union mainly organizes (a depot's riders, a hub's couriers), so
   * the join form can suggest it to that group first; null for unions open to every group.
   */
  mainOccupation: OccupationSchema.nullable(),
  area: z.string(),
  address: z.string().nullable(),
  foundedAt: z.number(),
  createdAt: z.number(),
});
export type UnionDoc = z.infer<typeof UnionDocSchema>;

export const Unions = defineCollection({
  name: 'unions',
  schema: UnionDocSchema,
  indexes: [{ fields: ['path'] }, { fields: ['acceptsMembers', 'name'] }, { fields: ['acceptsMembers', 'mainOccupation', 'name'] }],
});

export const unionPathOf = (parentPath: string | null, id: string): string => `${parentPath ?? '/'}${id}/`;
