import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { DriveEntry } from '@core/contracts/drive.contract';
import type { MemberSelfView } from '@core/contracts/member.contract';
import type { AppError } from '@core/result';
import { fetchDriveEntry } from '../../services/drive/fetch-drive-entry';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { joinUnion } from '../../services/member/join-union';
import { newRequestId } from '../../services/request-id';
import {
  checkDraft,
  draftForResubmit,
  emptyDraft,
  loadDraft,
  rememberSubmitted,
  saveDraft,
  type JoinDraft,
} from './join-draft';

export type FieldErrors = Record<string, string>;

/** Where each draft key shows its problem (the contract's field paths). */
const errorKeyOf: Partial<Record<keyof JoinDraft, string>> = {
  union: 'unionId',
  consentPrivacy: 'consent.privacy',
  consentSensitive: 'consent.sensitive',
};

/** Top to bottom, as the form shows them: the page scrolls to the first one that is wrong. */
const fieldOrder = ['name', 'idNumber', 'phone', 'occupation', 'employer', 'workArea', 'unionId', 'consent.privacy', 'consent.sensitive'];

/** Answers the server gives again for the same requestId; after one, the next attempt needs a new id. */
const isRetryable = (error: AppError) => ['INTERNAL', 'REQUEST.IN_PROGRESS', 'RATE.LIMITED'].includes(error.code);

const scrollToFirst = (fields: FieldErrors) => {
  const first = fieldOrder.find((key) => fields[key]);
  if (!first) return;
  Taro.pageScrollTo({ selector: `#nx-field-${first.replace('.', '-')}`, duration: 250 }).catch(() => undefined);
};

export interface JoinFormOptions {
  driveId: string | null;
  resubmit: boolean;
  onSubmitted: () => void;
  /** A failure that needs reading (a conflict, a changed privacy notice): shown in a dialog. */
  onFailure: (error: AppError) => void;
  onInvalid: () => void;
}

/**
 * The join form's state: the draft (restored, saved on every change), field errors from @core's
 * JoinInputSchema or from the server, the drive the worker scanned into, and submitting with the
 * draft's requestId so a retry on a bad network files one application, not two.
 */
export function useJoinForm({ driveId, resubmit, onSubmitted, onFailure, onInvalid }: JoinFormOptions) {
  const restored = useRef(loadDraft());
  const [draft, setDraft] = useState<JoinDraft>(() => restored.current ?? emptyDraft());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [drive, setDrive] = useState<DriveEntry | null>(null);
  const [driveError, setDriveError] = useState<AppError | null>(null);
  const [rejected, setRejected] = useState<MemberSelfView | null>(null);
  const changed = useRef(false);

  const update = (patch: Partial<JoinDraft>) => {
    changed.current = true;
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof JoinDraft)[]) delete next[errorKeyOf[key] ?? key];
      return next;
    });
  };

  useEffect(() => {
    if (changed.current) saveDraft(draft);
  }, [draft]);

  // Arriving by a drive's QR code: show which drive, and fill in its union.
  useEffect(() => {
    if (!driveId) return;
    void fetchDriveEntry(driveId).then((result) => {
      if (!result.ok) return setDriveError(result.error);
      setDrive(result.data);
      update({ driveId: result.data.id, union: result.data.union });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [driveId]);

  // 修改后重新提交: say why it was rejected and, without a draft on this phone, start from the last answers.
  useEffect(() => {
    if (!resubmit) return;
    void fetchMyMembership().then((result) => {
      if (!result.ok || result.data.member?.status !== 'rejected') return;
      const member = result.data.member;
      setRejected(member);
      if (!restored.current) update(draftForResubmit(member));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resubmit]);

  const submit = async () => {
    if (submitting) return;
    const check = checkDraft(draft);
    if (!check.ok) {
      setErrors(check.fields);
      scrollToFirst(check.fields);
      onInvalid();
      return;
    }
    setSubmitting(true);
    const result = await joinUnion(check.input, draft.requestId);
    setSubmitting(false);
    if (result.ok) {
      rememberSubmitted(draft);
      onSubmitted();
      return;
    }
    if (result.error.fields) {
      setErrors(result.error.fields);
      scrollToFirst(result.error.fields);
    }
    // The server keeps a definite answer under this requestId; an edited draft must not get it back.
    if (!isRetryable(result.error)) update({ requestId: newRequestId() });
    onFailure(result.error);
  };

  return { draft, update, errors, submit, submitting, drive, driveError, rejected };
}
