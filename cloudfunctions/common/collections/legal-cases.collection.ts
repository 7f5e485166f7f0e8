import { z } from 'zod';
import { LegalCaseStatusSchema } from '@core/enums/legal-case-status';
import { LegalCaseTypeSchema } from '@core/enums/legal-case-type';
import { ContactTimeSchema, LegalNoteKindSchema, LegalOutcomeSchema, OtherPartyKindSchema } from '@core/enums/legal-case-terms';
import { evidenceContentTypes } from '@core/rules/evidence';
import { StaffRoleSchema } from '@core/enums/staff-role';
import { defineCollection } from '../ports/store.port';

/**
 * One 法律援助 case, `_id` a random uuid. Everything the worker or a handler wrote in their own words
 * (the story, notes, reasons, the rating comment) and the contact phone are kept only as ciphertext —
 * injuries and disputes are sensitive — with the phone also masked. The timeline and the evidence list
 * live inside the case, so the detail page is one read and every step one document write.
 */
export const LegalActorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('applicant') }),
  /** Staff appear by union and role; `signature` only when they chose to sign with a name. */
  z.object({ kind: z.literal('staff'), openid: z.string(), unionName: z.string(), role: StaffRoleSchema.nullable(), signature: z.string().nullable() }),
  z.object({ kind: z.literal('system') }),
]);
export type LegalActor = z.infer<typeof LegalActorSchema>;

export const LegalHandlerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), openid: z.string(), unionName: z.string(), role: StaffRoleSchema.nullable(), signature: z.string().nullable() }),
  z.object({ kind: z.literal('lawyer'), lawyerId: z.string(), name: z.string(), firm: z.string() }),
]);
export type LegalHandler = z.infer<typeof LegalHandlerSchema>;

export const TimelineEntrySchema = z.object({
  at: z.number(),
  kind: z.enum(['submitted', 'accepted', 'declined', 'assigned', 'note', 'evidence', 'closed', 'rated', 'withdrawn']),
  actor: LegalActorSchema,
  noteKind: LegalNoteKindSchema.nullable(),
  /** Facts the title is made from: the handler assigned, the outcome, the amount, the number of files, a date. */
  handler: LegalHandlerSchema.nullable(),
  outcome: LegalOutcomeSchema.nullable(),
  amount: z.number().nullable(),
  count: z.number().nullable(),
  eventDate: z.string().nullable(),
  textCipher: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const EvidenceFileSchema = z.object({
  id: z.string(),
  fileId: z.string(),
  name: z.string(),
  contentType: z.enum(evidenceContentTypes),
  size: z.number(),
  addedAt: z.number(),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

export const LegalCaseDocSchema = z.object({
  _id: z.string(),
  applicantOpenid: z.string(),
  applicantName: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  caseType: LegalCaseTypeSchema,
  status: LegalCaseStatusSchema,
  otherParty: z.object({ kind: OtherPartyKindSchema, name: z.string() }),
  amountClaimed: z.number().nullable(),
  startedOn: z.string(),
  storyCipher: z.string(),
  contact: z.object({ phoneCipher: z.string(), phoneMasked: z.string(), time: ContactTimeSchema }),
  evidence: z.array(EvidenceFileSchema),
  timeline: z.array(TimelineEntrySchema),
  handler: LegalHandlerSchema.nullable(),
  submittedAt: z.number(),
  /** The last moment the union committed to accept or decline by (working days, fixed at submission). */
  answerBy: z.number(),
  answeredAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  outcome: LegalOutcomeSchema.nullable(),
  amountRecovered: z.number().nullable(),
  rating: z.object({ stars: z.number(), commentCipher: z.string().nullable(), at: z.number() }).nullable(),
  updatedAt: z.number(),
});
export type LegalCaseDoc = z.infer<typeof LegalCaseDocSchema>;

export const LegalCases = defineCollection({
  name: 'legalCases',
  schema: LegalCaseDocSchema,
  indexes: [
    { fields: ['applicantOpenid', 'submittedAt'] },
    { fields: ['status', 'unionPath', 'submittedAt'] },
    { fields: ['status', 'caseType', 'unionPath', 'submittedAt'] },
    { fields: ['status', 'unionPath', 'answerBy'] },
    // A district admin's 超期 list spans most cases: walking the deadline order beats sorting them all.
    { fields: ['status', 'answerBy'] },
    { fields: ['status', 'unionPath', 'updatedAt'] },
  ],
});
