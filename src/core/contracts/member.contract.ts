import { z } from 'zod';
import { defineContract } from '../contract';
import { MemberStatusSchema } from '../enums/member-status';
import { OccupationSchema } from '../enums/occupation';
import { StaffRoleSchema } from '../enums/staff-role';
import {
  CursorSchema,
  DocIdSchema,
  IdNumberSchema,
  MobilePhoneSchema,
  OptionalShortTextSchema,
  PageLimitSchema,
  PersonNameSchema,
  TimestampSchema,
  pageOf,
} from './fields';
import { UnionRefSchema } from './directory.contract';
import { memberDataContracts } from './member-data.contract';
import { memberPhoneContracts } from './member-phone.contract';
import { TransferSelfViewSchema, memberTransferContracts } from './member-transfer.contract';

export const ConsentSchema = z
  .object({
    version: z.string().min(1).max(32),
    privacy: z.literal(true, { errorMap: () => ({ message: '请阅读并同意隐私政策' }) }),
    sensitive: z.literal(true, { errorMap: () => ({ message: '请同意处理身份证号等敏感信息' }) }),
  })
  .strict();

export const JoinInputSchema = z
  .object({
    name: PersonNameSchema,
    idNumber: IdNumberSchema,
    phone: MobilePhoneSchema,
    occupation: OccupationSchema,
    employer: OptionalShortTextSchema(40, '平台或单位'),
    workArea: z.string().trim().min(2, '请填写工作区域（如：青山区长青街道）').max(40, '工作区域最多40个字'),
    unionId: DocIdSchema.describe('要加入的工会'),
    driveId: DocIdSchema.optional(),
    consent: ConsentSchema,
  })
  .strict();
export type JoinInput = z.input<typeof JoinInputSchema>;

/** What a worker sees of their own application or membership: personal data masked even to them. */
export const MemberSelfViewSchema = z.object({
  status: MemberStatusSchema,
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  occupation: OccupationSchema,
  employer: z.string().nullable(),
  workArea: z.string(),
  union: UnionRefSchema,
  submittedAt: TimestampSchema,
  reviewedAt: TimestampSchema.nullable(),
  rejectReason: z.string().nullable(),
  /** Kept for life: shown while a member and after 退会, and given back on joining again. */
  memberNo: z.string().nullable(),
  joinedAt: TimestampSchema.nullable(),
  withdrawnAt: TimestampSchema.nullable().default(null),
  /** Staff found the registered phone belongs to someone else: the member is asked for their new one. */
  phoneNeedsUpdate: z.boolean().default(false),
  /** The enrollment drive the application was made at, so the status page can offer its 入会送礼包. */
  driveId: z.string().nullable().default(null),
});
export type MemberSelfView = z.infer<typeof MemberSelfViewSchema>;

export const StaffGrantViewSchema = z.object({
  union: UnionRefSchema,
  roles: z.array(StaffRoleSchema),
});

export const MemberCardSchema = z.object({
  name: z.string(),
  idMasked: z.string(),
  union: UnionRefSchema,
  occupation: OccupationSchema,
  memberNo: z.string(),
  joinedAt: TimestampSchema,
  /** What the card's QR code encodes: staff scan it to look the member up. */
  qrPayload: z.string(),
});
export type MemberCard = z.infer<typeof MemberCardSchema>;

export const ApplicationViewSchema = z.object({
  id: z.string(),
  status: MemberStatusSchema,
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  occupation: OccupationSchema,
  employer: z.string().nullable(),
  workArea: z.string(),
  union: UnionRefSchema,
  submittedAt: TimestampSchema,
  daysWaiting: z.number().int().nonnegative(),
  fromDrive: z.boolean(),
  rejectReason: z.string().nullable(),
});
export type ApplicationView = z.infer<typeof ApplicationViewSchema>;

export const ReviewInputSchema = z
  .object({
    memberId: DocIdSchema,
    decision: z.enum(['approve', 'reject'], { errorMap: () => ({ message: '请选择通过或驳回' }) }),
    reason: z.string().trim().max(200, '驳回原因最多200个字').optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.decision === 'reject' && (input.reason ?? '').length < 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '驳回时请写明原因，方便会员修改' });
    }
  });

export const memberContracts = {
  join: defineContract({
    kind: 'command',
    input: JoinInputSchema,
    output: MemberSelfViewSchema,
    errors: [
      'MEMBER.ALREADY_JOINED',
      'MEMBER.APPLICATION_PENDING',
      'MEMBER.ID_NUMBER_TAKEN',
      'MEMBER.PHONE_TAKEN',
      'MEMBER.CONSENT_OUTDATED',
      'UNION.NOT_FOUND',
      'UNION.NOT_ACCEPTING',
      'DRIVE.NOT_FOUND',
    ],
  }),
  me: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({
      member: MemberSelfViewSchema.nullable(),
      staff: z.array(StaffGrantViewSchema),
      privacyVersion: z.string(),
      /** The worker agreed to an older privacy notice: ask again (`renewConsent`) before anything new is collected. */
      consentNeeded: z.boolean().default(false),
      /** The member's latest transfer, whatever its state. */
      transfer: TransferSelfViewSchema.nullable().default(null),
    }),
    errors: [],
  }),
  card: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: MemberCardSchema,
    errors: ['MEMBER.NOT_MEMBER'],
  }),
  applications: defineContract({
    kind: 'query',
    input: z
      .object({ status: MemberStatusSchema.default('pending'), cursor: CursorSchema, limit: PageLimitSchema })
      .strict(),
    output: pageOf(ApplicationViewSchema),
    errors: [],
  }),
  review: defineContract({
    kind: 'command',
    input: ReviewInputSchema,
    output: z.object({ id: z.string(), status: MemberStatusSchema, memberNo: z.string().nullable() }),
    errors: ['MEMBER.APPLICATION_NOT_FOUND', 'MEMBER.NOT_PENDING'],
  }),
  /** 退会: the member leaves (the app asks twice); they may join again later and get their member number back. */
  withdraw: defineContract({
    kind: 'command',
    input: z.object({ reason: z.string().trim().max(100, '原因最多100个字').optional() }).strict(),
    output: MemberSelfViewSchema.extend({
      /** What ending the membership gave back, in plain Chinese: a booking cancelled, a members-only voucher ended. */
      notices: z.array(z.string()).default([]),
    }),
    errors: ['MEMBER.NOT_MEMBER'],
  }),
  /** The worker agrees to the current privacy notice again after it changed. */
  renewConsent: defineContract({
    kind: 'command',
    input: z.object({ consent: ConsentSchema }).strict(),
    output: z.object({ consentVersion: z.string() }),
    errors: ['MEMBER.CONSENT_OUTDATED'],
  }),
  ...memberTransferContracts,
  ...memberPhoneContracts,
  ...memberDataContracts,
};
