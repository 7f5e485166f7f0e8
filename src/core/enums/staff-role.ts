import { z } from 'zod';

/** A staff grant's roles; each covers the granted union's whole subtree (DESIGN.md). */
export const staffRoleLabels = {
  reviewer: '审核员',
  operator: '服务专员',
  admin: '管理员',
} as const;

export type StaffRole = keyof typeof staffRoleLabels;
export const StaffRoleSchema = z.enum(['reviewer', 'operator', 'admin']);
