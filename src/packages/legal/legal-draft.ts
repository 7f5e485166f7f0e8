import { SubmitCaseInputSchema, type SubmitCaseInput } from '@core/contracts/legal-inputs';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import type { ContactTime, OtherPartyKind } from '@core/enums/legal-case-terms';
import type { LegalCaseType } from '@core/enums/legal-case-type';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { newRequestId } from '../../services/request-id';
import { readStored, removeStored, writeStored } from '../../utils/storage';

/**
 * Everything on the 法律援助 request form, saved on every change: a closed page or a lost connection
 * loses nothing — evidence included, since each file is uploaded as soon as it is chosen and the draft
 * keeps its id. `requestId` is made once per draft and sent with every retry of the submission.
 */
export interface LegalDraft {
  caseType: LegalCaseType | null;
  story: string;
  otherPartyKind: OtherPartyKind | null;
  otherPartyName: string;
  /** As typed: digits, or empty. */
  amountClaimed: string;
  /** `2026-10`, from the "when did it start" choices. */
  startedOn: string | null;
  phone: string;
  contactTime: ContactTime | null;
  evidence: UploadedEvidence[];
  requestId: string;
}

export const legalDraftKey = 'nuanxin.legalDraft';

export const emptyLegalDraft = (): LegalDraft => ({
  caseType: null,
  story: '',
  otherPartyKind: null,
  otherPartyName: '',
  amountClaimed: '',
  startedOn: null,
  phone: '',
  contactTime: null,
  evidence: [],
  requestId: newRequestId(),
});

export const loadLegalDraft = (): LegalDraft | null => {
  const stored = readStored<Partial<LegalDraft>>(legalDraftKey);
  if (!stored || typeof stored !== 'object') return null;
  return { ...emptyLegalDraft(), ...stored, evidence: Array.isArray(stored.evidence) ? stored.evidence : [] };
};
export const saveLegalDraft = (draft: LegalDraft): void => writeStored(legalDraftKey, draft);
export const clearLegalDraft = (): void => removeStored(legalDraftKey);

/** Whether a stored draft holds anything worth coming back to. */
export const draftHasContent = (draft: LegalDraft | null): boolean =>
  !!draft && (draft.caseType !== null || draft.story.trim() !== '' || draft.evidence.length > 0);

/** The draft in the shape of the legal.submit contract, not yet checked. */
const toCandidate = (draft: LegalDraft) => ({
  caseType: draft.caseType ?? undefined,
  story: draft.story,
  otherParty: { kind: draft.otherPartyKind ?? undefined, name: draft.otherPartyName },
  ...(draft.amountClaimed.trim() ? { amountClaimed: Number(draft.amountClaimed.trim()) } : {}),
  startedOn: draft.startedOn ?? '',
  contact: { phone: draft.phone, time: draft.contactTime ?? undefined },
  evidence: draft.evidence.map((file) => file.id),
});

export type LegalDraftCheck = { ok: true; input: SubmitCaseInput } | { ok: false; fields: Record<string, string> };

/** The same schema the server runs, with the same Chinese messages, before anything is sent. */
export const checkLegalDraft = (draft: LegalDraft): LegalDraftCheck => {
  const parsed = SubmitCaseInputSchema.safeParse(toCandidate(draft), { errorMap: chineseErrorMap });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields = fieldErrorsOf(parsed.error);
  // Blank amounts typed as "1千" arrive as NaN: say what to type instead.
  if (fields.amountClaimed && Number.isNaN(Number(draft.amountClaimed))) fields.amountClaimed = '金额请只填数字，如：3500';
  return { ok: false, fields };
};
