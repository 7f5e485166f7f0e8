import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { OutputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import type { AppError } from '@core/result';
import { submitLegalCase } from '../../services/legal/submit-legal-case';
import { newRequestId } from '../../services/request-id';
import { checkLegalDraft, clearLegalDraft, emptyLegalDraft, loadLegalDraft, saveLegalDraft, type LegalDraft } from './legal-draft';

export type FieldErrors = Record<string, string>;

/** Where each draft key shows its problem (the contract's field paths). */
const errorKeyOf: Partial<Record<keyof LegalDraft, string>> = {
  otherPartyKind: 'otherParty.kind',
  otherPartyName: 'otherParty.name',
  phone: 'contact.phone',
  contactTime: 'contact.time',
};

/** Top to bottom, as the form shows them: the page scrolls to the first one that is wrong. */
const fieldOrder = ['caseType', 'story', 'otherParty.kind', 'otherParty.name', 'amountClaimed', 'startedOn', 'contact.phone', 'contact.time', 'evidence'];

/** Answers the server gives again for the same requestId; after any other, the next attempt needs a new id. */
const isRetryable = (error: AppError) => ['INTERNAL', 'REQUEST.IN_PROGRESS', 'RATE.LIMITED'].includes(error.code);

const scrollToFirst = (fields: FieldErrors) => {
  const first = fieldOrder.find((key) => fields[key]);
  if (first) Taro.pageScrollTo({ selector: `#nx-field-${first.replace('.', '-')}`, duration: 250 }).catch(() => undefined);
};

export interface ApplyFormOptions {
  onSubmitted: (filed: OutputOf<Contracts['legal']['submit']>) => void;
  onFailure: (error: AppError) => void;
  onInvalid: () => void;
}

/**
 * The request form's state: the draft (restored, saved on every change), field errors from @core's
 * schema or from the server, and submitting with the draft's requestId so a retry on a bad network
 * files one case.
 */
export function useApplyForm({ onSubmitted, onFailure, onInvalid }: ApplyFormOptions) {
  const restored = useRef(loadLegalDraft());
  const [draft, setDraft] = useState<LegalDraft>(() => restored.current ?? emptyLegalDraft());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const changed = useRef(false);

  const update = (patch: Partial<LegalDraft>) => {
    changed.current = true;
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof LegalDraft)[]) delete next[errorKeyOf[key] ?? key];
      return next;
    });
  };

  useEffect(() => {
    if (changed.current) saveLegalDraft(draft);
  }, [draft]);

  const addEvidence = (file: UploadedEvidence) => {
    changed.current = true;
    setDraft((current) => ({ ...current, evidence: [...current.evidence, file] }));
    setErrors(({ evidence: _dropped, ...rest }) => rest);
  };
  const removeEvidence = (id: string) => update({ evidence: draft.evidence.filter((file) => file.id !== id) });

  const submit = async () => {
    if (submitting) return;
    const check = checkLegalDraft(draft);
    if (!check.ok) {
      setErrors(check.fields);
      scrollToFirst(check.fields);
      onInvalid();
      return;
    }
    setSubmitting(true);
    const result = await submitLegalCase(check.input, draft.requestId);
    setSubmitting(false);
    if (result.ok) {
      clearLegalDraft();
      onSubmitted(result.data);
      return;
    }
    if (result.error.fields) {
      setErrors(result.error.fields);
      scrollToFirst(result.error.fields);
    }
    if (!isRetryable(result.error)) update({ requestId: newRequestId() });
    onFailure(result.error);
  };

  return { draft, update, errors, submit, submitting, addEvidence, removeEvidence, restored: restored.current !== null };
}
