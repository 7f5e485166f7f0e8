import { dayMs, shanghaiTime } from './health-booking';

/**
 * Slots from a simple pattern (days × time ranges × capacity), as the admin enters it. Pure, so the
 * function and the form's preview agree on exactly which slots a pattern makes.
 */
export interface TimeRange {
  /** `08:00` */
  start: string;
  /** `08:30` */
  end: string;
}

export interface SlotPattern {
  /** `2026-12-03`, Asia/Shanghai. */
  days: readonly string[];
  times: readonly TimeRange[];
  capacity: number;
}

export interface PatternSlot {
  day: string;
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
  capacity: number;
}

/** Every (day, time range) pair once, in time order; repeated days or ranges count once. */
export const slotsFromPattern = (pattern: SlotPattern): PatternSlot[] => {
  const days = [...new Set(pattern.days)].sort();
  const seen = new Set<string>();
  const times = pattern.times.filter((range) => !seen.has(range.start) && seen.add(range.start));
  return days
    .flatMap((day) =>
      times.map((range) => ({
        day,
        start: range.start,
        end: range.end,
        startsAt: shanghaiTime(day, range.start),
        endsAt: shanghaiTime(day, range.end),
        capacity: pattern.capacity,
      })),
    )
    .sort((a, b) => a.startsAt - b.startsAt);
};

/** A slot's deterministic id: generating the same pattern twice makes no second slot. */
export const slotIdOf = (planId: string, siteId: string, day: string, start: string): string =>
  `${planId}_${siteId}_${day.replace(/-/g, '')}_${start.replace(':', '')}`;

/** `2026-12-01` … `2026-12-05`, both ends included. */
export const daysFrom = (first: string, last: string): string[] => {
  const days: string[] = [];
  for (let at = shanghaiTime(first); at <= shanghaiTime(last); at += dayMs) {
    days.push(new Date(at + 8 * 60 * 60 * 1000).toISOString().slice(0, 10));
  }
  return days;
};

/** The end of a day (the next midnight), Asia/Shanghai. */
export const endOfDay = (day: string): number => shanghaiTime(day) + dayMs;

/** Whether two ranges of one day overlap (touching ends do not). */
export const rangesOverlap = (a: TimeRange, b: TimeRange): boolean => a.start < b.end && b.start < a.end;
