import { z } from 'zod';
import { LegalCaseStatusSchema } from '../enums/legal-case-status';
import { LegalCaseTypeSchema } from '../enums/legal-case-type';
import { ContactTimeSchema, LegalNoteKindSchema, LegalOutcomeSchema, OtherPartyKindSchema } from '../enums/legal-case-terms';
import { evidenceContentTypes } from '../rules/evidence';
import { legalSteps } from '../rules/legal-case';
import { UnionRefSchema } from './directory.contract';
import { TimestampSchema } from './fields';

/** What the `legal` function answers: the worker's and the staff's views of a case. */

export const OtherPartyViewSchema = z.object({ kind: OtherPartyKindSchema, name: z.string() });

export const EvidenceViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.enum(evidenceContentTypes),
  size: z.number().int().nonnegative(),
  addedAt: TimestampSchema,
  /** Temporary (minutes), and only ever given to the worker and staff of the case's unions. */
  url: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceViewSchema>;

export const UploadedEvidenceSchema = EvidenceViewSchema.omit({ addedAt: true, url: true });
export type UploadedEvidence = z.infer<typeof UploadedEvidenceSchema>;

export const TimelineEntryViewSchema = z.object({
  at: TimestampSchema,
  kind: z.enum(['submitted', 'accepted', 'declined', 'assigned', 'note', 'evidence', 'closed', 'rated', 'withdrawn']),
  noteKind: LegalNoteKindSchema.nullable(),
  /** One line saying what happened: `已受理`, `指派承办人：张律师（江城律师事务所）`, `调解（12月3日）`. */
  title: z.string(),
  /** Who did it as the viewer may see them: `你`, `申请人`, `青山区美团外卖长青站点工会 · 服务专员`, or a name staff chose to sign with. */
  actor: z.string(),
  /** A message, reason or note in the handler's words; null when the step has none. */
  text: z.string().nullable(),
});
export type TimelineEntryView = z.infer<typeof TimelineEntryViewSchema>;

export const CaseSummarySchema = z.object({
  id: z.string(),
  caseType: LegalCaseTypeSchema,
  status: LegalCaseStatusSchema,
  union: UnionRefSchema,
  otherParty: OtherPartyViewSchema,
  amountClaimed: z.number().int().nullable(),
  submittedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The end of the working day by which the union committed to accept or decline. */
  answerBy: TimestampSchema,
  evidenceCount: z.number().int().nonnegative(),
  /** Who handles it once assigned, as the viewer may see them. */
  handler: z.string().nullable(),
  rated: z.boolean(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const QueueRowSchema = CaseSummarySchema.extend({
  applicantName: z.string(),
  /** Working days left to answer: 0 = due today, negative = overdue by that many; null once answered. */
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Answered (accepted or declined) after the deadline. */
  answeredLate: z.boolean(),
});
export type QueueRow = z.infer<typeof QueueRowSchema>;

const caseDetailShape = {
  story: z.string(),
  startedOn: z.string(),
  contact: z.object({ phoneMasked: z.string(), time: ContactTimeSchema }),
  evidence: z.array(EvidenceViewSchema),
  timeline: z.array(TimelineEntryViewSchema),
  outcome: LegalOutcomeSchema.nullable(),
  amountRecovered: z.number().int().nullable(),
  rating: z.object({ stars: z.number().int().min(1).max(5), comment: z.string().nullable(), at: TimestampSchema }).nullable(),
};

export const WorkerCaseViewSchema = CaseSummarySchema.extend({
  ...caseDetailShape,
  canAddEvidence: z.boolean(),
  canRate: z.boolean(),
});
export type WorkerCaseView = z.infer<typeof WorkerCaseViewSchema>;

export const StaffCaseViewSchema = QueueRowSchema.extend({
  ...caseDetailShape,
  /** The steps the state machine allows now, for the buttons. */
  nextSteps: z.array(z.enum(legalSteps)),
  /** The partner lawyer currently assigned, so 改派 can start from them. */
  lawyerId: z.string().nullable(),
  /** How the worker sees the caller on this case: their union, and the label when they do not sign. */
  signing: z.object({ unionName: z.string(), unsigned: z.string() }),
});
export type StaffCaseView = z.infer<typeof StaffCaseViewSchema>;

export const LawyerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  firm: z.string(),
  phoneMasked: z.string(),
  union: UnionRefSchema,
  active: z.boolean(),
});
export type LawyerView = z.infer<typeof LawyerViewSchema>;

export const LegalSettingsViewSchema = z.object({
  union: UnionRefSchema,
  answerWorkingDays: z.number().int(),
  /** The union's own setting, one inherited from a union above it, or the default of 3. */
  source: z.enum(['own', 'inherited', 'default']),
  inheritedFrom: UnionRefSchema.nullable(),
});
export type LegalSettingsView = z.infer<typeof LegalSettingsViewSchema>;
