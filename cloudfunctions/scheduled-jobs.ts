import { idempotencySweep } from './common/runtime/idempotency-sweep.job';
import type { ScheduledJob } from './common/runtime/job';
import { healthSweep } from './health/sweep.job';
import { membershipEndSweep } from './member/membership-end-sweep.job';
import { exportsSweep } from './stats/exports-sweep.job';
import { welfareSweep } from './welfare/sweep.job';

/**
 * Every scheduled job, for the local host to run on an interval (production: each function's timer
 * trigger). One line per feature.
 */
export const scheduledJobs: readonly ScheduledJob[] = [
  welfareSweep,
  healthSweep,
  idempotencySweep,
  membershipEndSweep,
  exportsSweep,
];
