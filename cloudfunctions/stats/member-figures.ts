import type { CountRow, Dashboard } from '@core/contracts/stats.contract';
import { occupationLabels, occupations } from '@core/enums/occupation';
import { platformLabels, platforms } from '@core/enums/platform';
import type { CounterDoc } from '../common/collections/counters.collection';
import { platformFieldOf } from '../common/counters/member-counters';
import { groupIdOf, type Focus } from './stats-focus';

const numberOf = (counter: CounterDoc, field: string): number => (typeof counter[field] === 'number' ? (counter[field] as number) : 0);

/** `2026-11` and the eleven months before it, oldest first. */
export const lastTwelveMonths = (month: string): string[] => {
  const [year, mon] = month.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (mon - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
};

const rowsOf = (counts: Map<string, number>, labelOf: (key: string) => string, order?: readonly string[]): CountRow[] => {
  const keys = order ? order.filter((key) => counts.has(key)) : [...counts.keys()];
  const rows = keys.map((key) => ({ key, label: labelOf(key), count: counts.get(key) ?? 0 })).filter((row) => row.count !== 0);
  return order ? rows : rows.sort((a, b) => b.count - a.count);
};

const add = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * The members part of the dashboard from `members` counters only. `month` is "this month"; with
 * `onlyMonth` the breakdowns cover just that month (the monthly report), otherwise everyone.
 */
export const memberFigures = (
  counters: readonly CounterDoc[],
  focus: Focus,
  month: string,
  unionNames: ReadonlyMap<string, string>,
  options: { onlyMonth?: boolean } = {},
): Dashboard['members'] => {
  const byOccupation = new Map<string, number>();
  const byPlatform = new Map<string, number>();
  const byUnion = new Map<string, number>();
  const byMonth = new Map<string, number>();
  let total = 0;
  let newThisMonth = 0;
  for (const counter of counters) {
    if (counter.kind !== 'members') continue;
    const approved = numberOf(counter, 'approved');
    const counterMonth = counter.month ?? '';
    total += approved;
    add(byMonth, counterMonth, approved);
    if (counterMonth === month) newThisMonth += approved;
    if (options.onlyMonth && counterMonth !== month) continue;
    add(byOccupation, counter.occupation ?? 'other', approved);
    for (const platform of platforms) add(byPlatform, platform, numberOf(counter, platformFieldOf(platform)));
    const group = counter.unionPath ? groupIdOf(focus, counter.unionPath) : null;
    if (group) add(byUnion, group, approved);
  }

  const months = lastTwelveMonths(month);
  let running = [...byMonth.entries()].filter(([key]) => key < months[0]).reduce((sum, [, count]) => sum + count, 0);
  return {
    total,
    newThisMonth,
    byOccupation: rowsOf(byOccupation, (key) => occupationLabels[key as keyof typeof occupationLabels] ?? key, occupations),
    byPlatform: rowsOf(byPlatform, (key) => platformLabels[key as keyof typeof platformLabels] ?? key, platforms),
    byUnion: rowsOf(byUnion, (key) => unionNames.get(key) ?? key),
    byMonth: months.map((key) => {
      const joined = byMonth.get(key) ?? 0;
      running += joined;
      return { month: key, joined, total: running };
    }),
  };
};
