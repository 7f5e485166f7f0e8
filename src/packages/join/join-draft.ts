import { JoinInputSchema, type JoinInput, type MemberSelfView } from '@core/contracts/member.contract';
import type { Occupation } from '@core/enums/occupation';
import { privacyNoticeVersion } from '@core/privacy';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { newRequestId } from '../../services/request-id';
import { readStored, removeStored, writeStored } from '../../utils/storage';

/** The union as the form shows it; parentName and area tell similar names apart. */
export interface UnionChoice {
  id: string;
  name: string;
  parentName?: string | null;
  area?: string;
}

/**
 * Everything typed or tapped on the join form, saved on every change so a closed page or a lost
 * connection loses nothing. `requestId` is made once per draft and sent with every retry of it.
 */
export interface JoinDraft {
  name: string;
  idNumber: string;
  phone: string;
  occupation: Occupation | null;
  employer: string;
  workArea: string;
  union: UnionChoice | null;
  driveId: string | null;
  consentPrivacy: boolean;
  consentSensitive: boolean;
  /** The notice version the consents were given to; a newer notice asks again. */
  consentVersion: string;
  requestId: string;
}

export const joinDraftKey = 'nuanxin.joinDraft';
/**
 * The last submitted answers, kept on this phone until approval so 修改后重新提交 starts filled in.
 * Only what is safe to leave on a shared phone: the ID number and phone are typed again.
 */
export const joinSubmittedKey = 'nuanxin.joinSubmitted';

export const emptyDraft = (): JoinDraft => ({
  name: '',
  idNumber: '',
  phone: '',
  occupation: null,
  employer: '',
  workArea: '',
  union: null,
  driveId: null,
  consentPrivacy: false,
  consentSensitive: false,
  consentVersion: privacyNoticeVersion,
  requestId: newRequestId(),
});

/** A stored draft, completed with defaults; consents given to an older notice are cleared. */
const restore = (stored: Partial<JoinDraft> | undefined): JoinDraft | null => {
  if (!stored || typeof stored !== 'object') return null;
  const draft = { ...emptyDraft(), ...stored };
  if (draft.consentVersion !== privacyNoticeVersion) {
    draft.consentPrivacy = false;
    draft.consentSensitive = false;
    draft.consentVersion = privacyNoticeVersion;
  }
  return draft;
};

export const loadDraft = (): JoinDraft | null => restore(readStored<Partial<JoinDraft>>(joinDraftKey));
export const saveDraft = (draft: JoinDraft): void => writeStored(joinDraftKey, draft);
export const clearDraft = (): void => removeStored(joinDraftKey);

/** What a resubmission starts from. Listed field by field so a copy that holds more is stripped on read too. */
type SubmittedAnswers = Pick<JoinDraft, 'name' | 'occupation' | 'employer' | 'workArea' | 'union' | 'driveId'>;
const submittedAnswersOf = (answers: Partial<JoinDraft>): SubmittedAnswers => ({
  name: answers.name ?? '',
  occupation: answers.occupation ?? null,
  employer: answers.employer ?? '',
  workArea: answers.workArea ?? '',
  union: answers.union ?? null,
  driveId: answers.driveId ?? null,
});

/** After a successful submission: the draft (with the ID number) goes, the non-sensitive answers stay. */
export const rememberSubmitted = (draft: JoinDraft): void => {
  clearDraft();
  writeStored(joinSubmittedKey, submittedAnswersOf(draft));
};

export const forgetSubmitted = (): void => removeStored(joinSubmittedKey);

/**
 * 修改后重新提交: this phone's copy of the answers if it has one, else what the union has. Either way the
 * ID number, phone and consents start blank.
 */
export const draftForResubmit = (member: MemberSelfView | null): JoinDraft => {
  const submitted = readStored<Partial<JoinDraft>>(joinSubmittedKey);
  if (submitted && typeof submitted === 'object') return { ...emptyDraft(), ...submittedAnswersOf(submitted) };
  const draft = emptyDraft();
  if (!member) return draft;
  return {
    ...draft,
    name: member.name,
    occupation: member.occupation,
    employer: member.employer ?? '',
    workArea: member.workArea,
    union: member.union,
  };
};

/** The draft in the shape of the member.join contract, not yet checked. */
export const toJoinCandidate = (draft: JoinDraft) => ({
  name: draft.name,
  idNumber: draft.idNumber,
  phone: draft.phone,
  occupation: draft.occupation ?? undefined,
  employer: draft.employer.trim() ? draft.employer : undefined,
  workArea: draft.workArea,
  unionId: draft.union?.id ?? '',
  ...(draft.driveId ? { driveId: draft.driveId } : {}),
  consent: { version: privacyNoticeVersion, privacy: draft.consentPrivacy, sensitive: draft.consentSensitive },
});

export type DraftCheck = { ok: true; input: JoinInput } | { ok: false; fields: Record<string, string> };

/** The same JoinInputSchema the server runs, with the same Chinese messages, before anything is sent. */
export const checkDraft = (draft: JoinDraft): DraftCheck => {
  const parsed = JoinInputSchema.safeParse(toJoinCandidate(draft), { errorMap: chineseErrorMap });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields = fieldErrorsOf(parsed.error);
  // The contract's own words for a missing id ("缺少编号") mean nothing to a worker choosing a union.
  if (fields.unionId) fields.unionId = '请选择要加入的工会';
  return { ok: false, fields };
};
