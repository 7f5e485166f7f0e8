/** China has one time zone and no daylight saving, so Asia/Shanghai is a fixed +08:00. */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** `2026-11` for the month of `ms` in Asia/Shanghai: the month key of counters. */
export const monthKey = (ms: number): string => new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 7);

/** `2026-11-29` for the day of `ms` in Asia/Shanghai. */
export const dayKey = (ms: number): string => new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 10);

/** Whole calendar days between two instants, counted in Asia/Shanghai (same day → 0). */
export const calendarDaysBetween = (from: number, to: number): number =>
  Math.floor((to + shanghaiOffsetMs) / dayMs) - Math.floor((from + shanghaiOffsetMs) / dayMs);

/** `2026-11-29 14:05` in Asia/Shanghai: how exports and server-written texts show a time. */
export const shanghaiDateTime = (ms: number): string => new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
