import type { DocumentOps, Store } from '../../cloudfunctions/common/ports/store.port';

/**
 * The Store port with every operation counted (CloudBase bills each read and write): wraps the real
 * SQLite store, so what is measured is what an action asks of the database, transactions included.
 */
export type OpCounts = Record<'get' | 'find' | 'count' | 'insert' | 'update' | 'increment' | 'remove' | 'updateWhere', number>;

export const zeroCounts = (): OpCounts => ({ get: 0, find: 0, count: 0, insert: 0, update: 0, increment: 0, remove: 0, updateWhere: 0 });

const countingOps = <T extends DocumentOps>(inner: T, counts: OpCounts): DocumentOps => ({
  get: (c, id) => ((counts.get += 1), inner.get(c, id)),
  insert: (c, doc) => ((counts.insert += 1), inner.insert(c, doc)),
  update: (c, id, patch) => ((counts.update += 1), inner.update(c, id, patch)),
  remove: (c, id) => ((counts.remove += 1), inner.remove(c, id)),
  increment: (c, id, by, init) => ((counts.increment += 1), inner.increment(c, id, by, init)),
});

export const countingStore = (inner: Store) => {
  const counts = zeroCounts();
  const store: Store = {
    ...countingOps(inner, counts),
    find: (c, query) => ((counts.find += 1), inner.find(c, query)),
    count: (c, where) => ((counts.count += 1), inner.count(c, where)),
    updateWhere: (c, where, patch) => ((counts.updateWhere += 1), inner.updateWhere(c, where, patch)),
    removeWhere: (c, where) => inner.removeWhere(c, where),
    transaction: (work) => inner.transaction((tx) => work(countingOps(tx, counts))),
  };
  return {
    store,
    /** Operations since the last call, and resets. */
    take: (): OpCounts => {
      const taken = { ...counts };
      for (const key of Object.keys(counts) as (keyof OpCounts)[]) counts[key] = 0;
      return taken;
    },
  };
};
