import { composeInMemory } from '../../composition/local.composition';
import { fixedClock } from '../../ports/clock.port';
import { recordingLogger } from '../../ports/__test__/recording-logger';
import type { ScheduledJob } from '../../runtime/job';
import { clockFromEnv } from '../dev-clock';
import { startScheduledJobs } from '../scheduled-jobs.runner';

describe('the local host’s scheduled jobs', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  const { logger, lines } = recordingLogger();

  it('runs every job at start and then on its interval, never two runs of one job at once', async () => {
    const local = composeInMemory({ clock: fixedClock(0) });
    let runs = 0;
    let release: () => void = () => undefined;
    const slow: ScheduledJob = {
      name: 'slow',
      everyMinutes: 1,
      run: () => {
        runs += 1;
        return new Promise((resolve) => {
          release = () => resolve({ done: 1 });
        });
      },
    };
    const jobs = startScheduledJobs([slow], local.ports, logger);
    expect(runs).toBe(1);
    jest.advanceTimersByTime(3 * 60_000);
    expect(runs).toBe(1);
    release();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    jest.advanceTimersByTime(60_000);
    expect(runs).toBe(2);
    release();
    await jobs.stop();
    jest.advanceTimersByTime(5 * 60_000);
    expect(runs).toBe(2);
    expect(lines).toContainEqual(['info', 'scheduled job', { job: 'slow', done: 1 }]);
    local.close();
  });

  it('logs a failed run and tries again next time', async () => {
    const local = composeInMemory({ clock: fixedClock(0) });
    let runs = 0;
    const failing: ScheduledJob = { name: 'failing', everyMinutes: 1, run: async () => { runs += 1; throw new Error('store busy'); } };
    const jobs = startScheduledJobs([failing], local.ports, logger);
    await new Promise((resolve) => setImmediate(resolve));
    jest.advanceTimersByTime(60_000);
    await jobs.stop();
    expect(runs).toBe(2);
    expect(lines).toContainEqual(['error', 'scheduled job failed', { job: 'failing', error: 'store busy' }]);
    local.close();
  });
});

describe('NUANXIN_CLOCK_START', () => {
  it('starts the clock at the given instant and lets it run at real speed', () => {
    let real = 1_000_000;
    const clock = clockFromEnv('2026-12-03T07:50:00+08:00', () => real);
    expect(clock.now()).toBe(Date.parse('2026-12-03T07:50:00+08:00'));
    real += 90_000;
    expect(clock.now()).toBe(Date.parse('2026-12-03T07:51:30+08:00'));
    expect(clockFromEnv('1796000000000', () => real).now()).toBe(1796000000000);
  });

  it('is the system clock when unset, and refuses a value that is not a time', () => {
    expect(Math.abs(clockFromEnv(undefined).now() - Date.now())).toBeLessThan(1000);
    expect(() => clockFromEnv('tomorrow')).toThrow('NUANXIN_CLOCK_START 不是有效的时间');
  });
});
