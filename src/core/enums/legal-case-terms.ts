import { z } from 'zod';

/** The words of a legal-aid case beyond its type and status: who it is against, how to reach the worker, what happened next. */

export const otherPartyKindLabels = {
  platform: '平台',
  company: '公司、站点',
  agent: '劳务中介、代理商',
  person: '个人',
  other: '其他',
} as const;
export type OtherPartyKind = keyof typeof otherPartyKindLabels;
export const OtherPartyKindSchema = z.enum(Object.keys(otherPartyKindLabels) as [OtherPartyKind, ...OtherPartyKind[]], {
  errorMap: () => ({ message: '请选择对方是谁' }),
});

/** When the worker can take a call: riders are on the road at meal times. */
export const contactTimeLabels = {
  anytime: '随时都行',
  morning: '上午',
  afternoon: '下午',
  evening: '晚上',
  weekend: '周末',
} as const;
export type ContactTime = keyof typeof contactTimeLabels;
export const ContactTimeSchema = z.enum(Object.keys(contactTimeLabels) as [ContactTime, ...ContactTime[]], {
  errorMap: () => ({ message: '请选择方便接电话的时间' }),
});

/** What a handler's note records; every note is shown to the worker in the timeline. */
export const legalNoteKindLabels = {
  advice: '法律咨询意见',
  mediation: '调解',
  arbitration: '申请劳动仲裁',
  court: '开庭',
  message: '留言',
} as const;
export type LegalNoteKind = keyof typeof legalNoteKindLabels;
export const LegalNoteKindSchema = z.enum(Object.keys(legalNoteKindLabels) as [LegalNoteKind, ...LegalNoteKind[]], {
  errorMap: () => ({ message: '请选择记录的类型' }),
});

/** How a case ended. */
export const legalOutcomeLabels = {
  mediated: '调解解决',
  arbitrationAward: '仲裁裁决',
  judgment: '法院判决',
  withdrawn: '当事人撤回',
  referred: '转介其他机构',
} as const;
export type LegalOutcome = keyof typeof legalOutcomeLabels;
export const LegalOutcomeSchema = z.enum(Object.keys(legalOutcomeLabels) as [LegalOutcome, ...LegalOutcome[]], {
  errorMap: () => ({ message: '请选择办结结果' }),
});
