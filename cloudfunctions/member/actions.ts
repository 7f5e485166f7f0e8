import type { ActionTable } from '../common/runtime/action';
import { listApplications } from './applications.action';
import { cancelTransfer } from './cancel-transfer.action';
import { showMemberCard } from './card.action';
import { changePhone } from './change-phone.action';
import { decideTransfer } from './decide-transfer.action';
import { deleteMine } from './delete-mine.action';
import { previewDeletion } from './deletion-preview.action';
import { exportMine } from './export-mine.action';
import { findMember } from './find-member.action';
import { joinUnion } from './join.action';
import { describeMe } from './me.action';
import { listPhoneConflicts } from './phone-conflicts.action';
import { renewConsent } from './renew-consent.action';
import { reportPhoneConflict } from './report-phone-conflict.action';
import { requestTransfer } from './request-transfer.action';
import { resolvePhoneConflict } from './resolve-phone-conflict.action';
import { reviewApplication } from './review.action';
import { showTimeline } from './timeline.action';
import { moveMemberByStaff } from './transfer.action';
import { listTransfers } from './transfers.action';
import { withdrawMembership } from './withdraw.action';

export const memberActions: ActionTable<'member'> = {
  join: joinUnion,
  me: describeMe,
  card: showMemberCard,
  applications: listApplications,
  review: reviewApplication,
  withdraw: withdrawMembership,
  renewConsent,
  requestTransfer,
  cancelTransfer,
  transfers: listTransfers,
  decideTransfer,
  findMember,
  transfer: moveMemberByStaff,
  changePhone,
  reportPhoneConflict,
  phoneConflicts: listPhoneConflicts,
  resolvePhoneConflict,
  timeline: showTimeline,
  exportMine,
  deletionPreview: previewDeletion,
  deleteMine,
};
