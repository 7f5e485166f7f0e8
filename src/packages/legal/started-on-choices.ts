import { monthKey } from '@core/rules/time';

/**
 * "When did it start", as a worker remembers it: a few one-tap choices instead of a date picker,
 * each a month (Asia/Shanghai) counted back from now.
 */
const choices = [
  { label: '这个月', monthsAgo: 0 },
  { label: '上个月', monthsAgo: 1 },
  { label: '两个月前', monthsAgo: 2 },
  { label: '三个月前', monthsAgo: 3 },
  { label: '半年前', monthsAgo: 6 },
  { label: '一年前', monthsAgo: 12 },
] as const;

const monthsBack = (month: string, count: number): string => {
  const [year, mon] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export const startedOnChoices = (now: number) => {
  const current = monthKey(now);
  return choices.map((choice) => ({ label: choice.label, value: monthsBack(current, choice.monthsAgo) }));
};

/** `2026-10` → `2026年10月` */
export const formatYearMonth = (month: string): string => {
  const [year, mon] = month.split('-');
  return `${year}年${Number(mon)}月`;
};
