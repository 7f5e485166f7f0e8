import type { DocumentOps, Store } from '../../cloudfunctions/common/ports/store.port';

/**
 * A Store that counts what it is asked to do, the way CloudBase bills it: every get, find and count
 * is a read; every insert, update, remove, increment and conditional update a write, inside
 * transactions too. For tests that pin an action's cost and for the claims benchmark.
 */
export interface OperationCounts {
  reads: number;
  writes: number;
  byOperation: Record<string, number>;
}

export const countingStore = (
  inner: Store,
  /** Told of every operation as it is asked for (the benchmark attributes them to the request running). */
  onOperation?: (kind: 'reads' | 'writes') => void,
): { store: Store; counts: OperationCounts; reset(): void } => {
  const counts: OperationCounts = { reads: 0, writes: 0, byOperation: {} };
  const note = (operation: string, kind: 'reads' | 'writes') => {
    counts[kind] += 1;
    counts.byOperation[operation] = (counts.byOperation[operation] ?? 0) + 1;
    onOperation?.(kind);
  };
  const documentOps = (ops: DocumentOps, prefix: string): DocumentOps => ({
    get: (collection, id) => (note(`${prefix}get ${collection.name}`, 'reads'), ops.get(collection, id)),
    insert: (collection, doc) => (note(`${prefix}insert ${collection.name}`, 'writes'), ops.insert(collection, doc)),
    update: (collection, id, patch) => (note(`${prefix}update ${collection.name}`, 'writes'), ops.update(collection, id, patch)),
    remove: (collection, id) => (note(`${prefix}remove ${collection.name}`, 'writes'), ops.remove(collection, id)),
    increment: (collection, id, by, init) => (note(`${prefix}increment ${collection.name}`, 'writes'), ops.increment(collection, id, by, init)),
  });
  const store: Store = {
    ...documentOps(inner, ''),
    find: (collection, query) => (note(`find ${collection.name}`, 'reads'), inner.find(collection, query)),
    count: (collection, where) => (note(`count ${collection.name}`, 'reads'), inner.count(collection, where)),
    updateWhere: (collection, where, patch) => (note(`updateWhere ${collection.name}`, 'writes'), inner.updateWhere(collection, where, patch)),
    removeWhere: (collection, where) => (note(`removeWhere ${collection.name}`, 'writes'), inner.removeWhere(collection, where)),
    transaction: (work) => inner.transaction((tx) => work(documentOps(tx, 'tx.'))),
  };
  return {
    store,
    counts,
    reset: () => {
      counts.reads = 0;
      counts.writes = 0;
      counts.byOperation = {};
    },
  };
};
