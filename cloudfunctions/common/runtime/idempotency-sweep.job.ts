import { Idempotency } from '../collections/idempotency.collection';
import type { ScheduledJob } from './job';

/**
 * How long a command's first answer is kept for retries. A retry comes seconds or minutes after a lost
 * connection, never days; keeping answers briefly bounds the collection (and what 删除我的信息 must
 * search through) and keeps no one's answers longer than a retry needs them.
 */
export const idempotencyKeepMs = 24 * 60 * 60 * 1000;

/** Removes retry markers older than a day: one conditional remove, whatever the volume. */
export const idempotencySweep: ScheduledJob = {
  name: 'idempotencySweep',
  everyMinutes: 60,
  run: async ({ store, clock }) => ({
    removed: await store.removeWhere(Idempotency, { createdAt: { $lt: clock.now() - idempotencyKeepMs } }),
  }),
};
