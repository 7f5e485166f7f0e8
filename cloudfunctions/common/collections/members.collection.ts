import { z } from 'zod';
import { MemberStatusSchema } from '@core/enums/member-status';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * One document per worker who applied, `_id` = openid, so a second application by the same WeChat
 * user is an insert conflict. ID number and phone are kept only as hash (dedupe), ciphertext and
 * masked form.
 */
export const MemberDocSchema = z.object({
  _id: z.string(),
  status: MemberStatusSchema,
  name: z.string(),
  idHash: z.string(),
  idCipher: z.string(),
  idMasked: z.string(),
  phoneHash: z.string(),
  phoneCipher: z.string(),
  phoneMasked: z.string(),
  occupation: OccupationSchema,
  employer: z.string().nullable(),
  workArea: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  /** The enrollment drive the worker joined at, if any. */
  driveId: z.string().nullable(),
  consent: z.object({ version: z.string(), privacyAt: z.number(), sensitiveAt: z.number() }),
  submittedAt: z.number(),
  reviewedAt: z.number().nullable(),
  reviewerOpenid: z.string().nullable(),
  rejectReason: z.string().nullable(),
  memberNo: z.string().nullable(),
  joinedAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type MemberDoc = z.infer<typeof MemberDocSchema>;

export const Members = defineCollection({
  name: 'members',
  schema: MemberDocSchema,
  indexes: [{ fields: ['status', 'unionPath', 'submittedAt'] }, { fields: ['memberNo'] }, { fields: ['driveId', 'status', 'submittedAt'] }],
});
