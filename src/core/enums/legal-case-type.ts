import { z } from 'zod';

/**
 * What a legal-aid request is about: the disputes platform workers bring most, in the words a worker
 * would use, plus 其他. The order is the form's order (the commonest first).
 */
export const legalCaseTypeLabels = {
  wageArrears: '欠薪',
  workInjury: '工伤',
  laborRelation: '劳动合同、劳动关系确认',
  socialInsurance: '社会保险',
  trafficAccident: '工作中的交通事故',
  platformPenalty: '平台罚款、扣款、算法规则',
  other: '其他',
} as const;

export type LegalCaseType = keyof typeof legalCaseTypeLabels;
export const legalCaseTypes = Object.keys(legalCaseTypeLabels) as [LegalCaseType, ...LegalCaseType[]];

export const LegalCaseTypeSchema = z.enum(legalCaseTypes, { errorMap: () => ({ message: '请选择遇到的问题' }) });
