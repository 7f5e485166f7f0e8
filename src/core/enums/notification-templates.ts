/**
 * Every subscribe message (订阅消息) the functions send, named once. The server's Notifier takes only
 * these names; the app asks for them at the tap after which someone waits for an answer
 * (src/services/subscribe.ts); `NUANXIN_TEMPLATE_IDS` maps each name to the id of the template chosen
 * in the WeChat admin console (订阅消息 → 选用模板), the same JSON for the build and the functions.
 * `to`: who receives it; `label`: what they are told; `data`: the keys of what the function sends, which
 * whoever sets up the template maps to its keywords (`thing1`, `time2`…; README, 部署). No zod here:
 * main-package pages may import it.
 */
type Audience = 'worker' | 'staff';

/** Every legal-aid message says which case (its type and union) and what happened. */
const legalFacts = ['caseType', 'union', 'result'] as const;

export const notificationTemplates = {
  memberApproved: { to: 'worker', label: '入会申请已通过', data: ['union', 'memberNo', 'result'] },
  memberRejected: { to: 'worker', label: '入会申请未通过', data: ['union', 'reason', 'result'] },
  memberMoved: { to: 'worker', label: '工会为你调整了所在工会', data: ['union', 'reason', 'result'] },
  transferRequested: { to: 'staff', label: '有转会申请待接收', data: ['union', 'result'] },
  transferAccepted: { to: 'worker', label: '转会成功', data: ['union', 'result'] },
  transferRefused: { to: 'worker', label: '转会申请未被接收', data: ['union', 'reason', 'result'] },
  phoneConflictReported: { to: 'staff', label: '有手机号待核实', data: ['union', 'result'] },
  phoneConflictResolved: { to: 'worker', label: '手机号核实结果', data: ['phone', 'reason', 'result'] },
  phoneReleased: { to: 'worker', label: '号码已核实为他人所有，请更新手机号', data: ['phone', 'result'] },
  welfareWaitlistGranted: { to: 'worker', label: '排队排到了，礼包券已发放', data: ['campaign', 'result'] },
  welfareWaitlistEnded: { to: 'worker', label: '活动已结束，这次没有排到', data: ['campaign', 'result'] },
  welfareRedeemed: { to: 'worker', label: '礼包已领取', data: ['campaign', 'station', 'result'] },
  welfareVoucherExpired: { to: 'worker', label: '礼包券已过期，礼包已退回', data: ['campaign', 'result'] },
  healthReminder: { to: 'worker', label: '体检提醒（前一天）', data: ['plan', 'time', 'place', 'note'] },
  legalReceived: { to: 'worker', label: '法律援助申请已收到', data: legalFacts },
  legalAccepted: { to: 'worker', label: '法律援助申请已受理', data: legalFacts },
  legalDeclined: { to: 'worker', label: '法律援助申请不予受理', data: legalFacts },
  legalAssigned: { to: 'worker', label: '法律援助已指派承办人', data: legalFacts },
  legalUpdated: { to: 'worker', label: '法律援助案件有新进展', data: legalFacts },
  legalClosed: { to: 'worker', label: '法律援助案件已办结', data: legalFacts },
  legalNewCase: { to: 'staff', label: '新的法律援助申请', data: legalFacts },
  legalEvidenceAdded: { to: 'staff', label: '当事人补充了证据', data: legalFacts },
} as const satisfies Record<string, { to: Audience; label: string; data: readonly string[] }>;

export type NotificationTemplate = keyof typeof notificationTemplates;

/** What a template's message carries: exactly its `data` keys, as text (one shape per name in a union). */
export type NotificationData<T extends NotificationTemplate> = T extends NotificationTemplate
  ? { [K in (typeof notificationTemplates)[T]['data'][number]]: string }
  : never;
export const notificationTemplateNames = Object.keys(notificationTemplates) as NotificationTemplate[];
