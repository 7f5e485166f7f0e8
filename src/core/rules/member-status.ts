import type { MemberStatus } from '../enums/member-status';

/**
 * 入会 state machine: 待审核 → 已通过 | 已驳回; 已驳回 → 待审核 when the worker resubmits.
 * `null` stands for "no application yet".
 */
const transitions: Record<MemberStatus | 'none', readonly MemberStatus[]> = {
  none: ['pending'],
  pending: ['approved', 'rejected'],
  rejected: ['pending'],
  approved: [],
};

export const canTransition = (from: MemberStatus | null, to: MemberStatus): boolean =>
  transitions[from ?? 'none'].includes(to);
