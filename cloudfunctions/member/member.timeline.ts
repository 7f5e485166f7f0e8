import type { TimelineEntry } from '@core/contracts/member-data.contract';
import { phoneConflictStatusLabels } from '@core/enums/phone-conflict-status';
import { transferStatusLabels } from '@core/enums/transfer-status';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import { PhoneConflicts, type PhoneConflictDoc } from '../common/collections/phone-conflicts.collection';
import { Transfers, type TransferDoc } from '../common/collections/transfers.collection';
import type { TimelineSource } from '../common/timeline/timeline-source.port';

const section = { key: 'membership', label: '会籍' };
const pages = {
  status: '/packages/join/status',
  card: '/pages/card/index',
  transfer: '/packages/member/transfer',
  phone: '/packages/member/phone',
};

const entry = (id: string, at: number, title: string, detail: string | null, badge: string | null, link: string | null): TimelineEntry => ({
  id: `membership:${id}`,
  section: section.key,
  title,
  detail,
  at,
  badge,
  link,
});

/** The application and the membership it led to, and memberships that ended before it. */
const membershipEntries = (member: MemberDoc): TimelineEntry[] => {
  const entries = member.pastMemberships.flatMap((past, i) => [
    entry(`past-${i}-joined`, past.joinedAt, '入会', past.unionName, null, null),
    entry(`past-${i}-withdrawn`, past.withdrawnAt, '退会', past.unionName, null, null),
  ]);
  const waiting = member.status === 'pending' || member.status === 'rejected';
  entries.push(entry('applied', member.submittedAt, '提交入会申请', member.unionName, waiting ? (member.status === 'pending' ? '待审核' : '已驳回') : null, pages.status));
  if (member.status === 'rejected' && member.reviewedAt !== null) {
    entries.push(entry('rejected', member.reviewedAt, '入会申请没有通过', member.rejectReason, null, pages.status));
  }
  if ((member.status === 'approved' || member.status === 'withdrawn') && member.joinedAt !== null) {
    const detail = `会员号 ${member.memberNo ?? ''}`;
    entries.push(entry('joined', member.joinedAt, '入会通过', detail, member.status === 'approved' ? '会员' : null, member.status === 'approved' ? pages.card : pages.status));
  }
  if (member.status === 'withdrawn' && member.withdrawnAt !== null) {
    entries.push(entry('withdrawn', member.withdrawnAt, '退会', member.unionName, '已退会', pages.status));
  }
  return entries;
};

const transferEntry = (transfer: TransferDoc): TimelineEntry =>
  entry(
    `transfer-${transfer._id}`,
    transfer.decidedAt ?? transfer.requestedAt,
    transfer.byStaff ? '工会为你调整了所在工会' : '申请转会',
    `${transfer.from.unionName} → ${transfer.to.unionName}`,
    transfer.byStaff ? null : transferStatusLabels[transfer.status],
    pages.transfer,
  );

const conflictEntry = (conflict: PhoneConflictDoc): TimelineEntry =>
  entry(
    `phone-${conflict._id}`,
    conflict.resolvedAt ?? conflict.reportedAt,
    '申请核实手机号',
    conflict.phoneMasked,
    phoneConflictStatusLabels[conflict.status],
    pages.phone,
  );

/** 会籍 in 我的: applying, joining, transfers, 退会, phone checks. */
export const membershipTimeline: TimelineSource = {
  section,
  entriesFor: async (openid, { store }) => {
    const [member, transfers, conflicts] = await Promise.all([
      store.get(Members, openid),
      store.find(Transfers, { where: { memberOpenid: openid }, orderBy: [['requestedAt', 'desc']], limit: 30 }),
      store.find(PhoneConflicts, { where: { claimantOpenid: openid }, limit: 10 }),
    ]);
    const entries = [...(member ? membershipEntries(member) : []), ...transfers.items.map(transferEntry), ...conflicts.items.map(conflictEntry)];
    // Newest first; of two at the same moment (applied and approved at once) the later step first.
    return entries
      .map((item, order) => ({ item, order }))
      .sort((a, b) => b.item.at - a.item.at || b.order - a.order)
      .map(({ item }) => item);
  },
};
