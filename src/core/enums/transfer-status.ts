import { z } from 'zod';

/** 会籍转移: the receiving union's staff accept or refuse a request; the member may withdraw it first. */
export const transferStatusLabels = {
  pending: '等待接收',
  accepted: '已转入',
  refused: '未接收',
  cancelled: '已撤回',
} as const;

export type TransferStatus = keyof typeof transferStatusLabels;
export const TransferStatusSchema = z.enum(['pending', 'accepted', 'refused', 'cancelled']);
