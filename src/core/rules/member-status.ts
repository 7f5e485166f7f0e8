import type { MemberStatus } from '../enums/member-status';

/**
 * 入会 state machine: 待审核 → 已通过 | 已驳回; 已驳回 → 待审核 when the worker resubmits; 已通过 →
 * 已退会 when the member withdraws; 已退会 → 待审核 when they apply again. `null` stands for "no
 * application yet".
 */
const transitions: Record<MemberStatus | 'none', readonly MemberStatus[]> = {
  none: ['pending'],
  pending: ['approved', 'rejected'],
  rejected: ['pending'],
  approved: ['withdrawn'],
  withdrawn: ['pending'],
};

export const canTransition = (from: MemberStatus | null, to: MemberStatus): boolean =>
  transitions[from ?? 'none'].includes(to);
