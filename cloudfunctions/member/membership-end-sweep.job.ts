import { Members } from '../common/collections/members.collection';
import type { ScheduledJob } from '../common/runtime/job';
import { releaseMemberHoldings } from './release-holdings';

/** Withdrawals handled per run: a backlog only builds up if a feature's hook keeps failing. */
const perRun = 50;

/**
 * Finishes what a withdrawal could not: a hook that failed twice, or a function that stopped between
 * the withdrawal's write and its hooks, leaves `holdingsPending` set, and a seat or voucher held by
 * someone who is no longer a member. Runs the hooks again for those withdrawals, oldest first.
 */
export const membershipEndSweep: ScheduledJob = {
  name: 'membershipEndSweep',
  everyMinutes: 10,
  run: async (ports) => {
    const pending = await ports.store.find(Members, {
      where: { holdingsPending: true, status: 'withdrawn' },
      orderBy: [['withdrawnAt', 'asc']],
      limit: perRun,
    });
    for (const member of pending.items) await releaseMemberHoldings(ports, member._id, `membership-end-sweep:${ports.clock.now()}`);
    const left = await ports.store.count(Members, { holdingsPending: true, status: 'withdrawn' });
    return { retried: pending.items.length, stillPending: left };
  },
};
