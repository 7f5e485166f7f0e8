import type { Ports } from './ports';

/**
 * Work no user asks for, on a schedule: expiring vouchers and returning their packs. In production a
 * CloudBase timer trigger of the same `name` (cloudbaserc.json) invokes the function that lists the job
 * in its `timers`; the local host runs every job in cloudfunctions/scheduled-jobs.ts on an interval.
 * Tests call `run` with the clock where they want it.
 */
export interface ScheduledJob {
  /** The timer trigger's name in cloudbaserc.json. */
  name: string;
  /** How often the local host runs it (the trigger's cron says it for production). */
  everyMinutes: number;
  /** Returns what it did, as counts, for the logs. Must be safe to run twice at once or back to back. */
  run(ports: Ports): Promise<Record<string, number>>;
}
