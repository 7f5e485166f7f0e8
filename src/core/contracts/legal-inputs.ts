import { z } from 'zod';
import { LegalCaseTypeSchema } from '../enums/legal-case-type';
import { ContactTimeSchema, LegalNoteKindSchema, LegalOutcomeSchema, OtherPartyKindSchema } from '../enums/legal-case-terms';
import { evidenceContentTypes, evidenceProblem, evidenceProblemMessages, maxEvidenceBase64Length, maxEvidencePerSubmission } from '../rules/evidence';
import { DocIdSchema, MobilePhoneSchema, OptionalShortTextSchema } from './fields';

/** What the worker and staff send to the `legal` function, each field checked the same way on both sides. */

/** Whole yuan: the amounts workers quote (3500, 12000) and what union reports add up. */
const YuanSchema = z
  .number({ invalid_type_error: '金额请填数字' })
  .int('金额请填整数（元）')
  .min(0, '金额不能是负数')
  .max(99_999_999, '金额太大了，请核对');

/** `2026-11`: the month a problem started; day-exact dates are rarely known. */
const YearMonthSchema = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, '请选择问题开始的年月');

/** `2026-12-03`: a mediation or court date. */
const DateSchema = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式不正确');

const UploadIdsSchema = z
  .array(DocIdSchema)
  .max(maxEvidencePerSubmission, `一次最多提交${maxEvidencePerSubmission}份证据`)
  .refine((ids) => new Set(ids).size === ids.length, '同一份证据添加了两次');

export const UploadEvidenceInputSchema = z
  .object({
    /** The name shown in the evidence list; never used to decide the file's type. */
    name: z
      .string()
      .trim()
      .min(1, '文件名不能为空')
      .max(80, '文件名最多80个字')
      .transform((name) => name.replace(/[\\/\u0000-\u001f]/g, '_')),
    contentType: z.enum(evidenceContentTypes, { errorMap: () => ({ message: '只能上传照片（JPG、PNG、WebP）或PDF文件' }) }),
    dataBase64: z.string().max(maxEvidenceBase64Length, evidenceProblemMessages.tooBig),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = evidenceProblem(input.dataBase64, input.contentType);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['dataBase64'], message: evidenceProblemMessages[problem] });
  });
export type UploadEvidenceInput = z.input<typeof UploadEvidenceInputSchema>;

export const SubmitCaseInputSchema = z
  .object({
    caseType: LegalCaseTypeSchema,
    story: z
      .string()
      .trim()
      .min(10, '请多写几句发生了什么（至少10个字）')
      .max(1000, '最多写1000个字，详细情况可以在受理后电话里说'),
    otherParty: z
      .object({
        kind: OtherPartyKindSchema,
        name: z.string().trim().min(2, '请填写对方的名称，如“XX配送站”').max(40, '对方名称最多40个字'),
      })
      .strict(),
    amountClaimed: YuanSchema.min(1, '涉及金额至少1元，没有可以不填').optional(),
    startedOn: YearMonthSchema,
    contact: z.object({ phone: MobilePhoneSchema, time: ContactTimeSchema }).strict(),
    evidence: UploadIdsSchema.default([]),
  })
  .strict();
export type SubmitCaseInput = z.input<typeof SubmitCaseInputSchema>;

export const AddEvidenceInputSchema = z
  .object({ caseId: DocIdSchema, uploadIds: UploadIdsSchema.refine((ids) => ids.length > 0, '请先选择要补充的证据') })
  .strict();

export const RateCaseInputSchema = z
  .object({
    caseId: DocIdSchema,
    stars: z.number().int('请选择1到5颗星').min(1, '请选择1到5颗星').max(5, '请选择1到5颗星'),
    comment: OptionalShortTextSchema(200, '评价'),
  })
  .strict();

/** A staff member may sign a step with a name they choose; otherwise the worker sees union and role only. */
const SignatureSchema = OptionalShortTextSchema(20, '署名');
const MessageSchema = OptionalShortTextSchema(200, '给当事人的话');

const step = <S extends string, T extends z.ZodRawShape>(name: S, shape: T) =>
  z.object({ step: z.literal(name), caseId: DocIdSchema, signature: SignatureSchema, ...shape }).strict();

export const TransitionInputSchema = z.discriminatedUnion(
  'step',
  [
    step('accept', { message: MessageSchema }),
    step('decline', {
      reason: z.string().trim().min(2, '不予受理时请写明原因和可以去哪里求助').max(200, '原因最多200个字'),
    }),
    step('assign', {
      handler: z.discriminatedUnion(
        'kind',
        [z.object({ kind: z.literal('self') }).strict(), z.object({ kind: z.literal('lawyer'), lawyerId: DocIdSchema }).strict()],
        { errorMap: () => ({ message: '请选择承办人' }) },
      ),
      message: MessageSchema,
    }),
    step('note', {
      noteKind: LegalNoteKindSchema,
      text: z.string().trim().min(2, '请写下进展或意见（至少2个字）').max(500, '最多500个字'),
      eventDate: DateSchema.optional(),
    }),
    step('close', {
      outcome: LegalOutcomeSchema,
      amountRecovered: YuanSchema.optional(),
      summary: OptionalShortTextSchema(500, '办结说明'),
    }),
  ],
  { errorMap: () => ({ message: '请选择要做的操作' }) },
);
export type TransitionInput = z.input<typeof TransitionInputSchema>;

export const SaveLawyerInputSchema = z
  .object({
    lawyerId: DocIdSchema.optional(),
    unionId: DocIdSchema,
    name: z.string().trim().min(2, '请填写律师姓名').max(20, '姓名最多20个字'),
    firm: z.string().trim().min(2, '请填写律师事务所').max(40, '律师事务所名称最多40个字'),
    /** Needed for a new lawyer; an update without it keeps the number on record. */
    phone: MobilePhoneSchema.optional(),
    active: z.boolean().default(true),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.lawyerId && !input.phone) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['phone'], message: '请填写律师的手机号' });
  });

export const SaveSettingsInputSchema = z
  .object({
    unionId: DocIdSchema,
    answerWorkingDays: z.number().int('请填1到10之间的整数').min(1, '至少1个工作日').max(10, '最多10个工作日'),
  })
  .strict();
