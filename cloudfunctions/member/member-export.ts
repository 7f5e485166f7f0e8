import { memberStatusLabels } from '@core/enums/member-status';
import { occupationLabels } from '@core/enums/occupation';
import { phoneConflictStatusLabels } from '@core/enums/phone-conflict-status';
import { staffRoleLabels } from '@core/enums/staff-role';
import { transferStatusLabels } from '@core/enums/transfer-status';
import { shanghaiDateTime } from '@core/rules/time';
import type { MemberDoc } from '../common/collections/members.collection';
import type { PhoneConflictDoc } from '../common/collections/phone-conflicts.collection';
import type { StaffDoc } from '../common/collections/staff.collection';
import type { TransferDoc } from '../common/collections/transfers.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';

/** The worker's own records as they read them in their export: Chinese keys, times written out, nothing masked. */

const when = (ms: number | null): string => (ms === null ? '—' : shanghaiDateTime(ms));

export const exportMembership = (member: MemberDoc, pii: PiiCipher) => ({
  状态: memberStatusLabels[member.status],
  姓名: member.name,
  身份证号: pii.decrypt(member.idCipher),
  手机号: pii.decrypt(member.phoneCipher),
  ...(member.phoneReleasedAt !== null ? { 手机号需要更新: `工会于 ${when(member.phoneReleasedAt)} 核实这个号码已属于他人` } : {}),
  职业: occupationLabels[member.occupation],
  平台或单位: member.employer ?? '未填写',
  工作区域: member.workArea,
  所在工会: member.unionName,
  会员号: member.memberNo ?? '还没有',
  提交入会申请: when(member.submittedAt),
  入会日期: when(member.joinedAt),
  ...(member.rejectReason ? { 驳回原因: member.rejectReason } : {}),
  ...(member.withdrawnAt !== null ? { 退会时间: when(member.withdrawnAt), 退会原因: member.withdrawReason ?? '未填写' } : {}),
  通过活动二维码入会: member.driveId ? '是' : '否',
  同意的隐私政策版本: member.consent.version,
  同意隐私政策的时间: when(member.consent.privacyAt),
  同意处理敏感个人信息的时间: when(member.consent.sensitiveAt),
  以前的会籍: member.pastMemberships.map((past) => ({ 工会: past.unionName, 入会: when(past.joinedAt), 退会: when(past.withdrawnAt) })),
});

export const exportTransfer = (transfer: TransferDoc) => ({
  方式: transfer.byStaff ? '工会调整' : '本人申请',
  从: transfer.from.unionName,
  到: transfer.to.unionName,
  状态: transferStatusLabels[transfer.status],
  申请时间: when(transfer.requestedAt),
  处理时间: when(transfer.decidedAt),
  你的留言: transfer.note ?? '无',
  原因: transfer.reason ?? '无',
});

export const exportPhoneConflict = (conflict: PhoneConflictDoc, pii: PiiCipher) => ({
  手机号: conflict.phoneCipher ? pii.decrypt(conflict.phoneCipher) : conflict.phoneMasked,
  你填写的姓名: conflict.claimantName,
  补充说明: conflict.note ?? '无',
  状态: phoneConflictStatusLabels[conflict.status],
  提交时间: when(conflict.reportedAt),
  处理时间: when(conflict.resolvedAt),
  处理说明: conflict.reason ?? '无',
});

export const exportStaffGrant = (grant: StaffDoc) => ({
  工会: grant.unionName,
  角色: grant.roles.map((role) => staffRoleLabels[role]).join('、'),
  授予时间: when(grant.grantedAt),
});
