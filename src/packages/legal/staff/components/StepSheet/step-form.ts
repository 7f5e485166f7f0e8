import { TransitionInputSchema, type TransitionInput } from '@core/contracts/legal-inputs';
import type { LegalNoteKind, LegalOutcome } from '@core/enums/legal-case-terms';
import type { LegalStep } from '@core/rules/legal-case';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { readStored, writeStored } from '../../../../../utils/storage';

export type StaffStep = Exclude<LegalStep, 'withdraw'>;

/** Everything the step sheet can ask for; each step reads its own part. */
export interface StepForm {
  message: string;
  reason: string;
  handler: { kind: 'self' } | { kind: 'lawyer'; lawyerId: string } | null;
  noteKind: LegalNoteKind | null;
  text: string;
  eventDate: string;
  outcome: LegalOutcome | null;
  amountRecovered: string;
  summary: string;
  signature: string;
}

/** The name a staff member chose to sign with last time, offered again (it stays on this phone). */
const signatureKey = 'nuanxin.legalSignature';
export const rememberedSignature = (): string => readStored<string>(signatureKey) ?? '';
export const rememberSignature = (signature: string): void => writeStored(signatureKey, signature.trim());

export const emptyStepForm = (): StepForm => ({
  message: '',
  reason: '',
  handler: null,
  noteKind: null,
  text: '',
  eventDate: '',
  outcome: null,
  amountRecovered: '',
  summary: '',
  signature: rememberedSignature(),
});

const optional = (text: string) => (text.trim() ? text : undefined);

const candidateOf = (step: StaffStep, caseId: string, form: StepForm) => {
  const base = { step, caseId, signature: optional(form.signature) };
  switch (step) {
    case 'accept':
      return { ...base, message: optional(form.message) };
    case 'decline':
      return { ...base, reason: form.reason };
    case 'assign':
      return { ...base, handler: form.handler ?? undefined, message: optional(form.message) };
    case 'note':
      return { ...base, noteKind: form.noteKind ?? undefined, text: form.text, ...(form.eventDate.trim() ? { eventDate: form.eventDate.trim() } : {}) };
    case 'close':
      return {
        ...base,
        outcome: form.outcome ?? undefined,
        ...(form.amountRecovered.trim() ? { amountRecovered: Number(form.amountRecovered.trim()) } : {}),
        summary: optional(form.summary),
      };
  }
};

/** The same TransitionInputSchema the server runs, with its Chinese messages. */
export const checkStepForm = (step: StaffStep, caseId: string, form: StepForm): { ok: true; input: TransitionInput } | { ok: false; fields: Record<string, string> } => {
  const parsed = TransitionInputSchema.safeParse(candidateOf(step, caseId, form), { errorMap: chineseErrorMap });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields = fieldErrorsOf(parsed.error);
  if (fields.handler) fields.handler = '请选择承办人';
  return { ok: false, fields };
};
