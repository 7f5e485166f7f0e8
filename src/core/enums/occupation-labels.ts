/**
 * 新就业形态劳动者 occupation groups, the axis every union report is split by. Kept free of zod so
 * main-package pages can show the labels without pulling the schema library in.
 */
export const occupationLabels = {
  rider: '外卖骑手',
  courier: '快递员',
  rideHailing: '网约车司机',
  trucker: '货车司机',
  security: '保安员',
  domestic: '家政服务员',
  other: '其他',
} as const;

export type Occupation = keyof typeof occupationLabels;
export const occupations = Object.keys(occupationLabels) as [Occupation, ...Occupation[]];

/** Platforms offered as quick picks on the join form; the worker may also type any other employer. */
export const commonPlatforms = [
  '美团',
  '饿了么',
  '顺丰',
  '京东',
  '中通',
  '圆通',
  '韵达',
  '滴滴出行',
  '货拉拉',
  '满帮',
] as const;
