import { systemClock, type Clock } from '../ports/clock.port';

/**
 * The local host's clock. `NUANXIN_CLOCK_START` (an ISO time such as `2026-12-03T07:50:00+08:00`, or
 * epoch ms) starts it at that instant, then it runs at real speed: browser tests book "days before"
 * and check in "on the day" by restarting the host on the same data dir with a later start. Local host
 * only — no function bundle reads it, and production always uses the system clock.
 */
export const clockFromEnv = (value: string | undefined, realNow: () => number = Date.now): Clock => {
  if (!value) return systemClock;
  const start = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(start)) {
    throw new Error(`NUANXIN_CLOCK_START 不是有效的时间：${value}（例如 2026-12-03T07:50:00+08:00）。 (not a time)`);
  }
  const bootedAt = realNow();
  return { now: () => start + (realNow() - bootedAt) };
};
