import { z } from 'zod';
import { defineContract } from '../contract';
import { LegalCaseTypeSchema } from '../enums/legal-case-type';
import { LegalCaseStatusSchema } from '../enums/legal-case-status';
import { CursorSchema, DocIdSchema, PageLimitSchema, TimestampSchema, pageOf } from './fields';
import {
  AddEvidenceInputSchema,
  RateCaseInputSchema,
  SaveLawyerInputSchema,
  SaveSettingsInputSchema,
  SubmitCaseInputSchema,
  TransitionInputSchema,
  UploadEvidenceInputSchema,
} from './legal-inputs';
import {
  CaseSummarySchema,
  LawyerViewSchema,
  LegalSettingsViewSchema,
  QueueRowSchema,
  StaffCaseViewSchema,
  UploadedEvidenceSchema,
  WorkerCaseViewSchema,
} from './legal-views';

const CaseRefSchema = z.object({ caseId: DocIdSchema }).strict();

/**
 * What a write answers: ids and states, never the case's words. The router keeps a command's first
 * answer for retries (idempotency), and that record is not sealed; the worker reads the case itself
 * through `detail`.
 */
const FiledCaseSchema = z.object({ id: z.string(), status: LegalCaseStatusSchema, answerBy: TimestampSchema });

/** The staff queue's tabs: 待受理, 办理中, 已结束, and 超期 (waiting past the answer deadline). */
export const queueViews = ['waiting', 'handling', 'done', 'overdue'] as const;
export type QueueView = (typeof queueViews)[number];

export const legalContracts = {
  /** One evidence file, kept aside for the worker until a submission or addEvidence attaches it. */
  uploadEvidence: defineContract({
    kind: 'command',
    input: UploadEvidenceInputSchema,
    output: UploadedEvidenceSchema,
    errors: ['LEGAL.TOO_MANY_UPLOADS', 'MEMBER.CONSENT_OUTDATED'],
  }),
  /** 申请法律援助: the member's own union takes the case; the answer deadline is fixed now. */
  submit: defineContract({
    kind: 'command',
    input: SubmitCaseInputSchema,
    output: FiledCaseSchema,
    errors: ['INPUT.INVALID', 'LEGAL.UPLOAD_NOT_FOUND', 'MEMBER.CONSENT_OUTDATED'],
  }),
  myCases: defineContract({
    kind: 'query',
    input: z.object({ cursor: CursorSchema, limit: PageLimitSchema }).strict(),
    output: pageOf(CaseSummarySchema),
    errors: [],
  }),
  /** The worker's own case: status, the whole timeline, evidence links. */
  detail: defineContract({
    kind: 'query',
    input: CaseRefSchema,
    output: WorkerCaseViewSchema,
    errors: ['LEGAL.CASE_NOT_FOUND'],
  }),
  addEvidence: defineContract({
    kind: 'command',
    input: AddEvidenceInputSchema,
    output: z.object({ id: z.string(), evidenceCount: z.number().int().nonnegative() }),
    errors: ['LEGAL.CASE_NOT_FOUND', 'LEGAL.CASE_ENDED', 'LEGAL.UPLOAD_NOT_FOUND', 'LEGAL.TOO_MANY_EVIDENCE', 'MEMBER.CONSENT_OUTDATED'],
  }),
  rate: defineContract({
    kind: 'command',
    input: RateCaseInputSchema,
    output: z.object({ id: z.string(), stars: z.number().int().min(1).max(5) }),
    errors: ['LEGAL.CASE_NOT_FOUND', 'LEGAL.NOT_CLOSED', 'LEGAL.ALREADY_RATED'],
  }),
  /** Cases of the caller's unions' subtrees, oldest first (the 已结束 tab newest first). */
  queue: defineContract({
    kind: 'query',
    input: z
      .object({
        view: z.enum(queueViews, { errorMap: () => ({ message: '请选择要看的列表' }) }).default('waiting'),
        caseType: LegalCaseTypeSchema.optional(),
        cursor: CursorSchema,
        limit: PageLimitSchema,
      })
      .strict(),
    output: pageOf(QueueRowSchema),
    errors: [],
  }),
  /** The staff's view of one case in their subtree: the story, masked contact, evidence links, next steps. */
  caseFile: defineContract({
    kind: 'query',
    input: CaseRefSchema,
    output: StaffCaseViewSchema,
    errors: ['LEGAL.CASE_NOT_FOUND'],
  }),
  /** accept, decline, assign, note, close: one checked state-machine step, in the timeline and the audit log. */
  transition: defineContract({
    kind: 'command',
    input: TransitionInputSchema,
    output: z.object({ id: z.string(), status: LegalCaseStatusSchema }),
    errors: ['LEGAL.CASE_NOT_FOUND', 'LEGAL.ILLEGAL_STEP', 'LEGAL.LAWYER_NOT_FOUND'],
  }),
  /**
   * The worker's full contact phone, to call them. An audited read: every call is one more access in
   * the audit log, and as a query its answer is never kept for retries (a command's would be, unsealed).
   */
  revealPhone: defineContract({
    kind: 'query',
    input: CaseRefSchema,
    output: z.object({ phone: z.string() }),
    errors: ['LEGAL.CASE_NOT_FOUND'],
  }),
  /** Partner lawyers: those a case may be assigned to (with caseId), or those recorded in the caller's unions. */
  lawyers: defineContract({
    kind: 'query',
    input: z.object({ caseId: DocIdSchema.optional() }).strict(),
    output: z.object({ items: z.array(LawyerViewSchema) }),
    errors: ['LEGAL.CASE_NOT_FOUND'],
  }),
  saveLawyer: defineContract({
    kind: 'command',
    input: SaveLawyerInputSchema,
    output: LawyerViewSchema,
    errors: ['UNION.NOT_FOUND', 'LEGAL.LAWYER_NOT_FOUND'],
  }),
  /** A union's answer commitment (working days to accept or decline), its own or inherited. */
  settings: defineContract({
    kind: 'query',
    input: z.object({ unionId: DocIdSchema }).strict(),
    output: LegalSettingsViewSchema,
    errors: ['UNION.NOT_FOUND'],
  }),
  saveSettings: defineContract({
    kind: 'command',
    input: SaveSettingsInputSchema,
    output: LegalSettingsViewSchema,
    errors: ['UNION.NOT_FOUND'],
  }),
};
