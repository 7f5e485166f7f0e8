import { useEffect, useState } from 'react';
import type { DriveEntry } from '@core/contracts/drive.contract';
import type { MemberSelfView } from '@core/contracts/member.contract';
import type { AppError } from '@core/result';
import { useDraftForm } from '../../hooks/use-draft-form';
import { fetchDriveEntry } from '../../services/drive/fetch-drive-entry';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { joinUnion } from '../../services/member/join-union';
import { checkDraft, draftForResubmit, emptyDraft, loadDraft, rememberSubmitted, saveDraft } from './join-draft';

/** Top to bottom, as the form shows them: the page scrolls to the first one that is wrong. */
const fieldOrder = ['name', 'idNumber', 'phone', 'occupation', 'employer', 'workArea', 'unionId', 'consent.privacy', 'consent.sensitive'];

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
  const form = useDraftForm({
    restore: loadDraft,
    empty: emptyDraft,
    save: saveDraft,
    // Where each draft key shows its problem (the contract's field paths).
    errorKeyOf: { union: 'unionId', consentPrivacy: 'consent.privacy', consentSensitive: 'consent.sensitive' },
    fieldOrder,
    check: checkDraft,
    send: joinUnion,
    askFor: ['memberApproved', 'memberRejected'],
    onSubmitted: (_member, draft) => {
      rememberSubmitted(draft);
      onSubmitted();
    },
    onFailure,
    onInvalid,
  });
  const { update } = form;
  const [drive, setDrive] = useState<DriveEntry | null>(null);
  const [driveError, setDriveError] = useState<AppError | null>(null);
  const [rejected, setRejected] = useState<MemberSelfView | null>(null);

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
      if (!form.restored) update(draftForResubmit(member));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resubmit]);

  return { draft: form.draft, update, errors: form.errors, submit: form.submit, submitting: form.submitting, drive, driveError, rejected };
}
