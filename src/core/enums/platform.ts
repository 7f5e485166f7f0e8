import { commonPlatforms } from './occupation-labels';

/**
 * Platforms as union reports count them. The join form's `employer` is free text (`美团外卖长青站`,
 * `顺丰速运`), so reports bucket it: one of the common platforms when its name (or a usual short
 * name) appears in the text, 其他 for any other employer, 未填写 when the worker left it empty.
 * Keys are ASCII because they become counter field names (`platform_meituan`).
 */
type CommonPlatform = (typeof commonPlatforms)[number];

const platformNames = {
  meituan: '美团',
  eleme: '饿了么',
  sf: '顺丰',
  jd: '京东',
  zto: '中通',
  yto: '圆通',
  yunda: '韵达',
  didi: '滴滴出行',
  huolala: '货拉拉',
  manbang: '满帮',
} as const satisfies Record<string, CommonPlatform>;

export const platformLabels = { ...platformNames, other: '其他单位', none: '未填写' } as const;
export type Platform = keyof typeof platformLabels;
export const platforms = Object.keys(platformLabels) as Platform[];

/** Short names workers type for the same platform. */
const aliases: Partial<Record<Platform, readonly string[]>> = {
  didi: ['滴滴'],
  eleme: ['蜂鸟'],
  manbang: ['运满满', '货车帮'],
};

export const platformOf = (employer: string | null | undefined): Platform => {
  const text = (employer ?? '').trim();
  if (!text) return 'none';
  for (const [key, name] of Object.entries(platformNames) as [Platform, string][]) {
    if (text.includes(name) || (aliases[key] ?? []).some((alias) => text.includes(alias))) return key;
  }
  return 'other';
};
