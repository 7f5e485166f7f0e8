/**
 * 体检 vocabulary without zod, so pages can show the labels without pulling the schema library in:
 * booking states, kinds of check site, the items a package may hold and the booking tiers.
 */
export const bookingStatusLabels = {
  booked: '已预约',
  checkedIn: '已签到',
  noShow: '未到',
  cancelled: '已取消',
} as const;
export type BookingStatus = keyof typeof bookingStatusLabels;

export const siteKindLabels = {
  hospital: '合作医院',
  bus: '流动体检车',
} as const;
export type SiteKind = keyof typeof siteKindLabels;

/** What a package may contain, in the order a report lists them. */
export const healthItemLabels = {
  internalMedicine: '内科检查',
  bloodPressure: '血压',
  bloodRoutine: '血常规',
  urineRoutine: '尿常规',
  liverFunction: '肝功能',
  kidneyFunction: '肾功能',
  bloodSugar: '空腹血糖',
  bloodLipids: '血脂',
  ecg: '心电图',
  chestDr: '胸部DR',
  abdominalUltrasound: '腹部B超',
} as const;
export type HealthItem = keyof typeof healthItemLabels;
export const healthItems = Object.keys(healthItemLabels) as [HealthItem, ...HealthItem[]];

/** Items whose results need an empty stomach (blood chemistry, abdominal ultrasound). */
export const fastingItems: readonly HealthItem[] = ['liverFunction', 'kidneyFunction', 'bloodSugar', 'bloodLipids', 'abdominalUltrasound'];

/** X-ray items: not done on anyone who is or may be pregnant, so only they make the app ask. */
export const xrayItems: readonly HealthItem[] = ['chestDr'];

/**
 * Who may book when (rules/health-booking.ts): workers with no check in the last 12 months first;
 * those who did not show last time only in the last days.
 */
export const bookingTierLabels = {
  priority: '优先预约',
  regular: '普通预约',
  late: '补约',
} as const;
export type BookingTier = keyof typeof bookingTierLabels;
