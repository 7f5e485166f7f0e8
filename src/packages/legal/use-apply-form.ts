import type { OutputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import type { AppError } from '@core/result';
import { useDraftForm } from '../../hooks/use-draft-form';
import { submitLegalCase } from '../../services/legal/submit-legal-case';
import { checkLegalDraft, clearLegalDraft, emptyLegalDraft, loadLegalDraft, saveLegalDraft } from './legal-draft';

/** Top to bottom, as the form shows them: the page scrolls to the first one that is wrong. */
const fieldOrder = ['caseType', 'story', 'otherParty.kind', 'otherParty.name', 'amountClaimed', 'startedOn', 'contact.phone', 'contact.time', 'evidence'];

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
  const form = useDraftForm({
    restore: loadLegalDraft,
    empty: emptyLegalDraft,
    save: saveLegalDraft,
    // Where each draft key shows its problem (the contract's field paths).
    errorKeyOf: { otherPartyKind: 'otherParty.kind', otherPartyName: 'otherParty.name', phone: 'contact.phone', contactTime: 'contact.time' },
    fieldOrder,
    check: checkLegalDraft,
    send: submitLegalCase,
    // The answer first, then the end; 已收到 arrives while the worker is still on the page.
    askFor: ['legalAccepted', 'legalDeclined', 'legalClosed'],
    onSubmitted: (filed) => {
      clearLegalDraft();
      onSubmitted(filed);
    },
    onFailure,
    onInvalid,
  });
  const { draft, update, updateWith } = form;

  // Uploads finish one by one, each adding to the list as it is then.
  const addEvidence = (file: UploadedEvidence) => updateWith('evidence', (files) => [...files, file]);
  const removeEvidence = (id: string) => update({ evidence: draft.evidence.filter((file) => file.id !== id) });

  return { draft, update, errors: form.errors, submit: form.submit, submitting: form.submitting, addEvidence, removeEvidence, restored: form.restored !== null };
}
