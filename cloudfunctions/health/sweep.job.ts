import type { ScheduledJob } from '../common/runtime/job';
import { runHealthSweep } from './sweep';

/**
 * The 体检 timer: hourly in production (cloudbaserc.json `healthSweep`, minute 5), every 10 minutes on
 * the local host. Reminders the evening before, 未到 after midnight.
 */
export const healthSweep: ScheduledJob = {
  name: 'healthSweep',
  everyMinutes: 10,
  run: (ports) => runHealthSweep(ports),
};
