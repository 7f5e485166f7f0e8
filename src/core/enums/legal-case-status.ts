import { z } from 'zod';

/**
 * Where a legal-aid case stands (the state machine is src/core/rules/legal-case.ts):
 * 待受理 → 已受理 → 办理中 (a handler assigned) → 已办结, or 待受理 → 不予受理.
 */
export const legalCaseStatusLabels = {
  submitted: '待受理',
  accepted: '已受理',
  assigned: '办理中',
  declined: '不予受理',
  closed: '已办结',
} as const;

export type LegalCaseStatus = keyof typeof legalCaseStatusLabels;
export const legalCaseStatuses = Object.keys(legalCaseStatusLabels) as [LegalCaseStatus, ...LegalCaseStatus[]];

export const LegalCaseStatusSchema = z.enum(legalCaseStatuses, { errorMap: () => ({ message: '请选择案件状态' }) });
