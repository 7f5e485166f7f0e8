import { z } from 'zod';
import { MemberStatusSchema } from '@core/enums/member-status';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * One document per worker who applied, `_id` = openid, so a second application by the same WeChat
 * user is an insert conflict. ID number and phone are kept only as hash (dedupe), ciphertext and
 * masked form. After 退会 the document stays (status `withdrawn`, unique keys released) so joining
 * again gives the member number back; 删除我的信息 removes it.
 */
const PastMembershipSchema = z.object({
  unionId: z.string(),
  unionName: z.string(),
  joinedAt: z.number(),
  withdrawnAt: z.number(),
});
export type PastMembership = z.infer<typeof PastMembershipSchema>;

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
  /** Given on the first approval and kept for life, through transfers, 退会 and joining again. */
  memberNo: z.string().nullable(),
  /** Start of the current (or last) membership. */
  joinedAt: z.number().nullable(),
  withdrawnAt: z.number().nullable().default(null),
  /** The member's own words on leaving, if any. */
  withdrawReason: z.string().nullable().default(null),
  /**
   * True from the withdrawal until every membership-end hook has given back what the worker held as a
   * member; the membership-end sweep finishes the job when the withdrawal itself could not.
   */
  holdingsPending: z.boolean().default(false),
  /** Earlier memberships, ended by 退会, for the worker's timeline. */
  pastMemberships: z.array(PastMembershipSchema).default([]),
  /** The open transfer request, so a member has at most one (checked in the same transaction). */
  pendingTransferId: z.string().nullable().default(null),
  /** Staff found the phone belongs to someone else and gave it to them; the key is gone until the member updates it. */
  phoneReleasedAt: z.number().nullable().default(null),
  updatedAt: z.number(),
});
export type MemberDoc = z.infer<typeof MemberDocSchema>;

export const Members = defineCollection({
  name: 'members',
  schema: MemberDocSchema,
  indexes: [{ fields: ['status', 'unionPath', 'submittedAt'] }, { fields: ['memberNo'] }, { fields: ['driveId', 'status', 'submittedAt'] }, { fields: ['holdingsPending', 'status'] }],
});
