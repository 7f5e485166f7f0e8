/**
 * 礼包 (welfare pack) and 驿站 (station) vocabularies with their Chinese labels, free of zod so pages can
 * show the labels without pulling the schema library in (see occupation-labels.ts).
 */
export const campaignKindLabels = {
  warmth: '送温暖',
  cooling: '送清凉',
  other: '其他',
} as const;
export type CampaignKind = keyof typeof campaignKindLabels;
export const campaignKinds = Object.keys(campaignKindLabels) as [CampaignKind, ...CampaignKind[]];

export const campaignStatusLabels = {
  open: '发放中',
  paused: '已暂停',
  closed: '已结束',
} as const;
export type CampaignStatus = keyof typeof campaignStatusLabels;
export const campaignStatuses = Object.keys(campaignStatusLabels) as [CampaignStatus, ...CampaignStatus[]];

/** Once per campaign, or once per day (Asia/Shanghai) while the campaign runs. */
export const perPersonLabels = {
  once: '每人限领一次',
  daily: '每人每天限领一次',
} as const;
export type PerPerson = keyof typeof perPersonLabels;
export const perPersonOptions = Object.keys(perPersonLabels) as [PerPerson, ...PerPerson[]];

/** One pool shared by every station of the campaign, or a fixed number at each station. */
export const stockModeLabels = {
  pooled: '各驿站共用总数',
  perStation: '每个驿站单独分配',
} as const;
export type StockMode = keyof typeof stockModeLabels;
export const stockModes = Object.keys(stockModeLabels) as [StockMode, ...StockMode[]];

/**
 * A voucher's life: 待领取 from the moment its pack is taken until it is picked up, expires, or the
 * worker gives it back. `pending` is the instant between writing the voucher and taking its pack: never
 * shown as a voucher, never redeemable.
 */
export const voucherStatusLabels = {
  pending: '正在领取',
  active: '待领取',
  redeemed: '已领取',
  expired: '已过期',
  cancelled: '已取消',
} as const;
export type VoucherStatus = keyof typeof voucherStatusLabels;
export const voucherStatuses = Object.keys(voucherStatusLabels) as [VoucherStatus, ...VoucherStatus[]];

/** Why a campaign can or cannot be claimed by this worker right now, as the list shows it. */
export const availabilityLabels = {
  claimable: '可以领取',
  claimed: '已领到礼包券',
  notMember: '入会后可以领取',
  notEligible: '不在发放范围内',
  soldOut: '已经领完了',
  waitlisted: '排队等候中',
  notStarted: '还没开始',
  ended: '已经结束',
  paused: '暂停发放',
} as const;
export type Availability = keyof typeof availabilityLabels;
export const availabilities = Object.keys(availabilityLabels) as [Availability, ...Availability[]];

export const facilityLabels = {
  water: '饮用水',
  charging: '手机充电',
  microwave: '微波炉',
  toilet: '卫生间',
  rest: '休息座椅',
  firstAid: '急救药箱',
} as const;
export type Facility = keyof typeof facilityLabels;
export const facilities = Object.keys(facilityLabels) as [Facility, ...Facility[]];
