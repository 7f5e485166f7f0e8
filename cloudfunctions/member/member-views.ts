import type { ApplicationView, MemberCard, MemberSelfView } from '@core/contracts/member.contract';
import { calendarDaysBetween } from '@core/rules/time';
import type { MemberDoc } from '../common/collections/members.collection';

/** What the worker sees of their own record: masked even to them (the export shows it in full). */
export const toSelfView = (doc: MemberDoc): MemberSelfView => ({
  status: doc.status,
  name: doc.name,
  idMasked: doc.idMasked,
  phoneMasked: doc.phoneMasked,
  occupation: doc.occupation,
  employer: doc.employer,
  workArea: doc.workArea,
  union: { id: doc.unionId, name: doc.unionName },
  submittedAt: doc.submittedAt,
  reviewedAt: doc.reviewedAt,
  rejectReason: doc.rejectReason,
  memberNo: doc.memberNo,
  joinedAt: doc.joinedAt,
});

/** A row of the reviewers' queue: how long it has waited (or waited) in calendar days. */
export const toApplicationView = (doc: MemberDoc, now: number): ApplicationView => ({
  id: doc._id,
  status: doc.status,
  name: doc.name,
  idMasked: doc.idMasked,
  phoneMasked: doc.phoneMasked,
  occupation: doc.occupation,
  employer: doc.employer,
  workArea: doc.workArea,
  union: { id: doc.unionId, name: doc.unionName },
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
