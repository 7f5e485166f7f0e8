import { z } from 'zod';
import { StaffRoleSchema } from '@core/enums/staff-role';
import { defineCollection } from '../ports/store.port';

/** A staff grant: roles in one union, covering its whole subtree. `_id` = `${openid}:${unionId}`. */
export const StaffDocSchema = z.object({
  _id: z.string(),
  openid: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  roles: z.array(StaffRoleSchema).min(1),
  grantedAt: z.number(),
  grantedBy: z.string(),
});
export type StaffDoc = z.infer<typeof StaffDocSchema>;

export const Staff = defineCollection({
  name: 'staff',
  schema: StaffDocSchema,
  indexes: [{ fields: ['openid'] }, { fields: ['unionPath'] }],
});

export const staffIdOf = (openid: string, unionId: string): string => `${openid}:${unionId}`;
