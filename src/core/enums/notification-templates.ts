/**
 * Every subscribe message (订阅消息) the functions send, named once. The server's Notifier takes only
 * these names; the app asks for them at the tap after which someone waits for an answer
 * (src/services/subscribe.ts); `NUANXIN_TEMPLATE_IDS` maps each name to the id of the template chosen
 * in the WeChat admin console (订阅消息 → 选用模板), the same JSON for the build and the functions.
 * `to`: who receives it; `label`: what they are told. No zod here: main-package pages may import it.
 */
type Audience = 'worker' | 'staff';

export const notificationTemplates = {
  memberApproved: { to: 'worker', label: '入会申请已通过' },
  memberRejected: { to: 'worker', label: '入会申请未通过' },
  memberMoved: { to: 'worker', label: '工会为你调整了所在工会' },
  transferRequested: { to: 'staff', label: '有转会申请待接收' },
  transferAccepted: { to: 'worker', label: '转会成功' },
  transferRefused: { to: 'worker', label: '转会申请未被接收' },
  phoneConflictReported: { to: 'staff', label: '有手机号待核实' },
  phoneConflictResolved: { to: 'worker', label: '手机号核实结果' },
  phoneReleased: { to: 'worker', label: '号码已核实为他人所有，请更新手机号' },
  welfareWaitlistGranted: { to: 'worker', label: '排队排到了，礼包券已发放' },
  welfareRedeemed: { to: 'worker', label: '礼包已领取' },
  welfareVoucherExpired: { to: 'worker', label: '礼包券已过期，礼包已退回' },
  healthReminder: { to: 'worker', label: '体检提醒（前一天）' },
  legalReceived: { to: 'worker', label: '法律援助申请已收到' },
  legalAccepted: { to: 'worker', label: '法律援助申请已受理' },
  legalDeclined: { to: 'worker', label: '法律援助申请不予受理' },
  legalAssigned: { to: 'worker', label: '法律援助已指派承办人' },
  legalUpdated: { to: 'worker', label: '法律援助案件有新进展' },
  legalClosed: { to: 'worker', label: '法律援助案件已办结' },
  legalNewCase: { to: 'staff', label: '新的法律援助申请' },
  legalEvidenceAdded: { to: 'staff', label: '当事人补充了证据' },
} as const satisfies Record<string, { to: Audience; label: string }>;

export type NotificationTemplate = keyof typeof notificationTemplates;
export const notificationTemplateNames = Object.keys(notificationTemplates) as NotificationTemplate[];
