import { z } from 'zod';
import { defineContract } from '../contract';
import { MemberStatusSchema } from '../enums/member-status';
import { PhoneConflictStatusSchema } from '../enums/phone-conflict-status';
import { CursorSchema, DocIdSchema, MobilePhoneSchema, PageLimitSchema, PersonNameSchema, TimestampSchema, pageOf } from './fields';
import { UnionRefSchema } from './directory.contract';

/**
 * Phone numbers change hands: a member's new number, and a number "already used" by another record
 * (carriers recycle numbers), which staff of that record's union resolve, with an audit record.
 */

/** Agreement to the privacy notice for the few details a conflict report collects (a non-member may send one). */
export const ReportConsentSchema = z
  .object({
    version: z.string().min(1).max(32),
    privacy: z.literal(true, { errorMap: () => ({ message: '请同意工会为核实号码使用你填写的信息' }) }),
  })
  .strict();

export const ReportPhoneConflictInputSchema = z
  .object({
    name: PersonNameSchema,
    phone: MobilePhoneSchema,
    note: z.string().trim().max(200, '补充说明最多200个字').optional(),
    consent: ReportConsentSchema,
  })
  .strict();
export type ReportPhoneConflictInput = z.input<typeof ReportPhoneConflictInputSchema>;

/** What the worker who reported sees of their report. */
export const PhoneConflictSelfViewSchema = z.object({
  id: z.string(),
  status: PhoneConflictStatusSchema,
  phoneMasked: z.string(),
  reportedAt: TimestampSchema,
  resolvedAt: TimestampSchema.nullable(),
  /** Staff's reason, once decided. */
  reason: z.string().nullable(),
});
export type PhoneConflictSelfView = z.infer<typeof PhoneConflictSelfViewSchema>;

/** A row of the staff's 手机号核实 queue: who reports, and the record now holding the number (masked). */
export const PhoneConflictViewSchema = z.object({
  id: z.string(),
  status: PhoneConflictStatusSchema,
  phoneMasked: z.string(),
  claimant: z.object({ name: z.string(), note: z.string().nullable() }),
  holder: z
    .object({
      name: z.string(),
      status: MemberStatusSchema,
      memberNo: z.string().nullable(),
      union: UnionRefSchema,
    })
    .nullable(),
  reportedAt: TimestampSchema,
  resolvedAt: TimestampSchema.nullable(),
  reason: z.string().nullable(),
});
export type PhoneConflictView = z.infer<typeof PhoneConflictViewSchema>;

export const ResolvePhoneConflictInputSchema = z
  .object({
    conflictId: DocIdSchema,
    decision: z.enum(['release', 'keep'], { errorMap: () => ({ message: '请选择号码归谁' }) }),
    reason: z.string().trim().min(2, '请写明核实的情况（至少2个字）').max(200, '核实情况最多200个字'),
  })
  .strict();

export const memberPhoneContracts = {
  /** A member's phone number changed: the new one must be free, the old one is freed. */
  changePhone: defineContract({
    kind: 'command',
    input: z.object({ phone: MobilePhoneSchema }).strict(),
    output: z.object({ phoneMasked: z.string() }),
    errors: ['MEMBER.PHONE_TAKEN', 'MEMBER.PHONE_UNCHANGED', 'MEMBER.CONSENT_OUTDATED', 'MEMBER.NOT_MEMBER'],
  }),
  /** "This number is mine": asks staff of the union holding it to check. Sending it again changes nothing. */
  reportPhoneConflict: defineContract({
    kind: 'command',
    input: ReportPhoneConflictInputSchema,
    output: PhoneConflictSelfViewSchema,
    errors: ['MEMBER.PHONE_NOT_TAKEN', 'MEMBER.CONSENT_OUTDATED'],
  }),
  /** 手机号核实: reports about numbers held by records in the staff's unions' subtrees, oldest first. */
  phoneConflicts: defineContract({
    kind: 'query',
    input: z
      .object({ status: PhoneConflictStatusSchema.default('open'), cursor: CursorSchema, limit: PageLimitSchema })
      .strict(),
    output: pageOf(PhoneConflictViewSchema),
    errors: [],
  }),
  /** `release`: the number goes to the reporter and its holder is asked for a new one; `keep`: it stays. Audited. */
  resolvePhoneConflict: defineContract({
    kind: 'command',
    input: ResolvePhoneConflictInputSchema,
    output: z.object({ id: z.string(), status: PhoneConflictStatusSchema }),
    errors: ['MEMBER.CONFLICT_NOT_FOUND', 'MEMBER.CONFLICT_NOT_OPEN'],
  }),
};
