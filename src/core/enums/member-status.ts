import { z } from 'zod';

export const memberStatusLabels = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已退会',
} as const;

export type MemberStatus = keyof typeof memberStatusLabels;
export const MemberStatusSchema = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
