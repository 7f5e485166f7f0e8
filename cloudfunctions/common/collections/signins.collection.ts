import { z } from 'zod';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * 活动签到: one document per worker per drive, `_id` = `${driveId}_${openid}`, so a second sign-in is
 * an insert conflict. Holds no name, ID or phone: the occupation is what the drive reports by.
 */
export const SigninDocSchema = z.object({
  _id: z.string(),
  driveId: z.string(),
  openid: z.string(),
  occupation: OccupationSchema,
  /** Whether they were already a member when they signed in (reached, but not a new member). */
  wasMember: z.boolean(),
  at: z.number(),
});
export type SigninDoc = z.infer<typeof SigninDocSchema>;

export const Signins = defineCollection({
  name: 'signins',
  schema: SigninDocSchema,
  indexes: [{ fields: ['openid', 'at'] }, { fields: ['driveId', 'at'] }],
});

export const signinIdOf = (driveId: string, openid: string): string => `${driveId}_${openid}`;
