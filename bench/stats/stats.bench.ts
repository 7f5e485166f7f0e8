import { performance } from 'node:perf_hooks';
import { composeInMemory } from '../../cloudfunctions/common/composition/local.composition';
import { fixedClock } from '../../cloudfunctions/common/ports/clock.port';
import type { Store } from '../../cloudfunctions/common/ports/store.port';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { statsActions } from '../../cloudfunctions/stats/actions';
import { seedDistrict, seedDriveCounters, seedMembers } from './seed-members';

/**
 * `npm run bench:stats`: the dashboard of a district's admin over 1,000,000 members and over 10,000,
 * each seeded into a fresh in-memory SQLite store; prints one JSON line. The dashboard runs through
 * the real router with a Store that counts reads (get, find, count: what CloudBase bills), so
 * `dashboardReads` is what one look at the dashboard costs.
 */
const now = Date.parse('2026-11-29T10:00:00+08:00');
const admin = 'bench-admin';
const timedRuns = 7;

/** The Store port with every read counted. */
const countingReads = (inner: Store) => {
  const counter = { reads: 0 };
  const store: Store = {
    get: (collection, id) => (counter.reads++, inner.get(collection, id)),
    find: (collection, query) => (counter.reads++, inner.find(collection, query)),
    count: (collection, where) => (counter.reads++, inner.count(collection, where)),
    insert: (collection, doc) => inner.insert(collection, doc),
    update: (collection, id, patch) => inner.update(collection, id, patch),
    remove: (collection, id) => inner.remove(collection, id),
    increment: (collection, id, by, init) => inner.increment(collection, id, by, init),
    updateWhere: (collection, where, patch) => inner.updateWhere(collection, where, patch),
    removeWhere: (collection, where) => inner.removeWhere(collection, where),
    transaction: (work) => inner.transaction(work),
  };
  return { store, counter };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const measure = async (members: number) => {
  const composition = composeInMemory({ clock: fixedClock(now), adminOpenids: [admin] });
  try {
    const seedStarted = performance.now();
    const district = await seedDistrict(composition.store, now);
    seedMembers(composition.store, district, members, now);
    await seedDriveCounters(composition.store, district, now);
    const seedSec = (performance.now() - seedStarted) / 1000;

    const { store, counter } = countingReads(composition.ports.store);
    const deps = { ports: { ...composition.ports, store }, adminOpenids: composition.adminOpenids };
    const dashboard = async () => {
      const result = await handleCall('stats', statsActions, { action: 'dashboard', data: {} }, admin, deps);
      if (!result.ok) throw new Error(`dashboard failed: ${JSON.stringify(result.error)}`);
      return result.data as { members: { total: number } };
    };
    const first = await dashboard();
    if (first.members.total !== members) throw new Error(`dashboard counted ${first.members.total} members, seeded ${members}`);
    // Untimed runs first, so both sizes are timed with warm code and a warm statement cache.
    for (let run = 0; run < 5; run += 1) await dashboard();
    const times: number[] = [];
    let reads = 0;
    for (let run = 0; run < timedRuns; run += 1) {
      counter.reads = 0;
      const started = performance.now();
      await dashboard();
      times.push(performance.now() - started);
      reads = counter.reads;
    }
    return { ms: Math.round(median(times) * 10) / 10, reads, seedSec: Math.round(seedSec * 10) / 10 };
  } finally {
    composition.close();
  }
};

const main = async () => {
  // A throwaway district first: whichever size ran first would otherwise pay for the cold process.
  await measure(1_000);
  const small = await measure(10_000);
  const large = await measure(1_000_000);
  if (small.reads !== large.reads) {
    console.error(`dashboard reads differ: ${small.reads} at 10k, ${large.reads} at 1M`);
    process.exitCode = 1;
  }
  console.log(
    JSON.stringify({ members: 1_000_000, dashboardMs: large.ms, dashboardReads: large.reads, dashboardMsAt10k: small.ms, seedSec: large.seedSec }),
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
