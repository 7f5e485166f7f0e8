import type { Logger } from '../ports/logger.port';
import type { ScheduledJob } from '../runtime/job';
import type { Ports } from '../runtime/ports';

export interface RunningJobs {
  /** Resolves once no job is running; no new run starts after it is called. */
  stop(): Promise<void>;
}

/**
 * The local host's stand-in for CloudBase timer triggers: each job runs once at start (catching up
 * after the host was off), then every `everyMinutes`. A run never overlaps the job's previous one;
 * a failure is logged and the next run tries again.
 */
export const startScheduledJobs = (jobs: readonly ScheduledJob[], ports: Ports, logger: Logger): RunningJobs => {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers: NodeJS.Timeout[] = [];

  for (const job of jobs) {
    let busy = false;
    const runOnce = () => {
      if (stopped || busy) return;
      busy = true;
      const run = job
        .run(ports)
        .then((counts) => {
          if (Object.values(counts).some((n) => n > 0)) logger.info('scheduled job', { job: job.name, ...counts });
        })
        .catch((error: unknown) => logger.error('scheduled job failed', { job: job.name, error: error instanceof Error ? error.message : String(error) }))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    runOnce();
    const timer = setInterval(runOnce, job.everyMinutes * 60_000);
    timer.unref();
    timers.push(timer);
  }

  return {
    stop: async () => {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.all(running);
    },
  };
};
