import { z } from 'zod';
import { defineContract } from '../contract';
import { OccupationSchema } from '../enums/occupation';
import { TransferStatusSchema } from '../enums/transfer-status';
import { CursorSchema, DocIdSchema, PageLimitSchema, TimestampSchema, pageOf } from './fields';
import { UnionListItemSchema, UnionRefSchema } from './directory.contract';

/** 会籍转移 (DESIGN.md `member.transfer`): a member asks to move, the receiving union decides; staff move members. */

/** A reason a person will read: the member (why they were refused or moved) or staff (why the member asks). */
const reasonOf = (what: string) => z.string().trim().min(2, `请写明${what}（至少2个字）`).max(200, `${what}最多200个字`);

/** What the member sees of a transfer of theirs. */
export const TransferSelfViewSchema = z.object({
  id: z.string(),
  status: TransferStatusSchema,
  from: UnionRefSchema,
  to: UnionRefSchema,
  /** The member's own words to the receiving union, if any. */
  note: z.string().nullable(),
  /** Staff moved the member (no request of theirs): `reason` says why. */
  byStaff: z.boolean(),
  requestedAt: TimestampSchema,
  decidedAt: TimestampSchema.nullable(),
  /** Why staff refused (refused) or moved the member (byStaff). */
  reason: z.string().nullable(),
});
export type TransferSelfView = z.infer<typeof TransferSelfViewSchema>;

/** The member as staff of either union see them: masked, with what proves who they are. */
export const StaffMemberViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  occupation: OccupationSchema,
  employer: z.string().nullable(),
  /** Null only for someone never approved, which staff views do not list. */
  memberNo: z.string().nullable(),
  joinedAt: TimestampSchema.nullable(),
  union: UnionRefSchema,
});
export type StaffMemberView = z.infer<typeof StaffMemberViewSchema>;

/** A row of the receiving union's 转会审核 queue. */
export const TransferRequestViewSchema = z.object({
  id: z.string(),
  status: TransferStatusSchema,
  member: StaffMemberViewSchema,
  from: UnionRefSchema,
  to: UnionRefSchema,
  note: z.string().nullable(),
  byStaff: z.boolean(),
  requestedAt: TimestampSchema,
  daysWaiting: z.number().int().nonnegative(),
  decidedAt: TimestampSchema.nullable(),
  reason: z.string().nullable(),
});
export type TransferRequestView = z.infer<typeof TransferRequestViewSchema>;

export const DecideTransferInputSchema = z
  .object({
    transferId: DocIdSchema,
    decision: z.enum(['accept', 'refuse'], { errorMap: () => ({ message: '请选择接收或不接收' }) }),
    reason: z.string().trim().max(200, '原因最多200个字').optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.decision === 'refuse' && (input.reason ?? '').length < 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '不接收时请写明原因，会员会看到' });
    }
  });

export const MoveMemberInputSchema = z
  .object({ memberId: DocIdSchema, toUnionId: DocIdSchema.describe('调入的工会'), reason: reasonOf('调动原因') })
  .strict();

export const memberTransferContracts = {
  /** A member asks to move to another grassroots union; its staff accept or refuse. */
  requestTransfer: defineContract({
    kind: 'command',
    input: z
      .object({
        toUnionId: DocIdSchema.describe('要转入的工会'),
        note: z.string().trim().max(100, '留言最多100个字').optional(),
      })
      .strict(),
    output: TransferSelfViewSchema,
    errors: [
      'UNION.NOT_FOUND',
      'UNION.NOT_ACCEPTING',
      'MEMBER.TRANSFER_SAME_UNION',
      'MEMBER.TRANSFER_PENDING',
      'MEMBER.CONSENT_OUTDATED',
      'MEMBER.NOT_MEMBER',
    ],
  }),
  /** The member takes back a request nobody has decided yet. */
  cancelTransfer: defineContract({
    kind: 'command',
    input: z.object({ transferId: DocIdSchema }).strict(),
    output: TransferSelfViewSchema,
    errors: ['MEMBER.TRANSFER_NOT_FOUND', 'MEMBER.TRANSFER_NOT_PENDING'],
  }),
  /** 转会审核: requests into the staff's unions' subtrees; pending ones oldest first. */
  transfers: defineContract({
    kind: 'query',
    input: z
      .object({ status: TransferStatusSchema.default('pending'), cursor: CursorSchema, limit: PageLimitSchema })
      .strict(),
    output: pageOf(TransferRequestViewSchema),
    errors: [],
  }),
  decideTransfer: defineContract({
    kind: 'command',
    input: DecideTransferInputSchema,
    output: z.object({ id: z.string(), status: TransferStatusSchema }),
    errors: ['MEMBER.TRANSFER_NOT_FOUND', 'MEMBER.TRANSFER_NOT_PENDING', 'UNION.NOT_ACCEPTING'],
  }),
  /** Staff look a member up by member number (typed, or scanned from the card) to move them. */
  findMember: defineContract({
    kind: 'query',
    input: z
      .object({ memberNo: z.string().trim().toUpperCase().regex(/^NX\d{10}$/, '会员号是NX加10位数字，如NX2026000042') })
      .strict(),
    output: z.object({
      member: StaffMemberViewSchema,
      /** Grassroots unions in the caller's subtrees the member could be moved to. */
      moveTargets: z.array(UnionListItemSchema),
    }),
    errors: ['MEMBER.NOT_FOUND'],
  }),
  /** Staff move a member between two unions both inside their own subtree (DESIGN.md `member.transfer`). */
  transfer: defineContract({
    kind: 'command',
    input: MoveMemberInputSchema,
    output: z.object({ memberId: z.string(), union: UnionRefSchema }),
    errors: [
      'MEMBER.NOT_FOUND',
      'UNION.NOT_FOUND',
      'UNION.NOT_ACCEPTING',
      'MEMBER.TRANSFER_SAME_UNION',
      'MEMBER.TRANSFER_PENDING',
    ],
  }),
};
