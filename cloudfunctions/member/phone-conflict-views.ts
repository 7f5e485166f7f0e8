import type { PhoneConflictSelfView, PhoneConflictView } from '@core/contracts/member-phone.contract';
import type { MemberDoc } from '../common/collections/members.collection';
import type { PhoneConflictDoc } from '../common/collections/phone-conflicts.collection';

/** The reporter's view of their report: their number masked, and staff's answer. */
export const toPhoneConflictSelfView = (doc: PhoneConflictDoc): PhoneConflictSelfView => ({
  id: doc._id,
  status: doc.status,
  phoneMasked: doc.phoneMasked,
  reportedAt: doc.reportedAt,
  resolvedAt: doc.resolvedAt,
  reason: doc.reason,
});

/** A row for staff: the reporter's own words and the record holding the number, both without contact details. */
export const toPhoneConflictView = (doc: PhoneConflictDoc, holder: MemberDoc | null): PhoneConflictView => ({
  id: doc._id,
  status: doc.status,
  phoneMasked: doc.phoneMasked,
  claimant: { name: doc.claimantName, note: doc.note },
  holder: holder
    ? { name: holder.name, status: holder.status, memberNo: holder.memberNo, union: { id: holder.unionId, name: holder.unionName } }
    : null,
  reportedAt: doc.reportedAt,
  resolvedAt: doc.resolvedAt,
  reason: doc.reason,
});
