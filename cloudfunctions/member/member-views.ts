import type { ApplicationView, MemberCard, MemberSelfView } from '@core/contracts/member.contract';
import type { StaffMemberView, TransferRequestView, TransferSelfView } from '@core/contracts/member-transfer.contract';
import { calendarDaysBetween } from '@core/rules/time';
import type { MemberDoc } from '../common/collections/members.collection';
import type { TransferDoc } from '../common/collections/transfers.collection';

/** Who applied, as the application shows it to the worker and to reviewers: ID and phone masked. */
const applicantOf = (doc: MemberDoc) => ({
  name: doc.name,
  idMasked: doc.idMasked,
  phoneMasked: doc.phoneMasked,
  occupation: doc.occupation,
  employer: doc.employer,
  workArea: doc.workArea,
  union: { id: doc.unionId, name: doc.unionName },
});

/** What the worker sees of their own record: masked even to them (the export shows it in full). */
export const toSelfView = (doc: MemberDoc): MemberSelfView => ({
  status: doc.status,
  ...applicantOf(doc),
  submittedAt: doc.submittedAt,
  reviewedAt: doc.reviewedAt,
  rejectReason: doc.rejectReason,
  // A number kept from an earlier membership is not shown while the new application waits.
  memberNo: doc.status === 'approved' || doc.status === 'withdrawn' ? doc.memberNo : null,
  joinedAt: doc.status === 'approved' || doc.status === 'withdrawn' ? doc.joinedAt : null,
  withdrawnAt: doc.status === 'withdrawn' ? doc.withdrawnAt : null,
  phoneNeedsUpdate: doc.phoneReleasedAt !== null,
  driveId: doc.driveId,
});

/** A row of the reviewers' queue: how long it has waited (or waited) in calendar days. */
export const toApplicationView = (doc: MemberDoc, now: number): ApplicationView => ({
  id: doc._id,
  status: doc.status,
  ...applicantOf(doc),
  submittedAt: doc.submittedAt,
  daysWaiting: calendarDaysBetween(doc.submittedAt, doc.reviewedAt ?? now),
  fromDrive: doc.driveId !== null,
  rejectReason: doc.rejectReason,
});

export const memberCardQrPayload = (memberNo: string): string => `nuanxin:member:${memberNo}`;

export const toMemberCard = (doc: MemberDoc & { memberNo: string; joinedAt: number }): MemberCard => ({
  name: doc.name,
  idMasked: doc.idMasked,
  union: { id: doc.unionId, name: doc.unionName },
  occupation: doc.occupation,
  memberNo: doc.memberNo,
  joinedAt: doc.joinedAt,
  qrPayload: memberCardQrPayload(doc.memberNo),
});

export const toTransferSelfView = (doc: TransferDoc): TransferSelfView => ({
  id: doc._id,
  status: doc.status,
  from: { id: doc.from.unionId, name: doc.from.unionName },
  to: { id: doc.to.unionId, name: doc.to.unionName },
  note: doc.note,
  byStaff: doc.byStaff,
  requestedAt: doc.requestedAt,
  decidedAt: doc.decidedAt,
  reason: doc.reason,
});

/** A member as staff see them: masked. */
export const toStaffMemberView = (doc: MemberDoc): StaffMemberView => ({
  id: doc._id,
  name: doc.name,
  idMasked: doc.idMasked,
  phoneMasked: doc.phoneMasked,
  occupation: doc.occupation,
  employer: doc.employer,
  memberNo: doc.memberNo,
  joinedAt: doc.joinedAt,
  union: { id: doc.unionId, name: doc.unionName },
});

export const toTransferRequestView = (doc: TransferDoc, member: MemberDoc, now: number): TransferRequestView => ({
  id: doc._id,
  status: doc.status,
  member: toStaffMemberView(member),
  from: { id: doc.from.unionId, name: doc.from.unionName },
  to: { id: doc.to.unionId, name: doc.to.unionName },
  note: doc.note,
  byStaff: doc.byStaff,
  requestedAt: doc.requestedAt,
  daysWaiting: calendarDaysBetween(doc.requestedAt, doc.decidedAt ?? now),
  decidedAt: doc.decidedAt,
  reason: doc.reason,
});
