import { Counters, type CounterDoc } from '../common/collections/counters.collection';
import type { Store } from '../common/ports/store.port';
import { findAll } from '../common/runtime/find-all';

/**
 * Every counter of `kinds` in the subtrees `paths`: one prefix query per subtree, paged by 100. The
 * number of documents depends on unions × months × occupations, never on the number of members.
 */
export const readCounters = async (store: Store, paths: readonly string[], kinds: readonly string[]): Promise<CounterDoc[]> => {
  const counters: CounterDoc[] = [];
  for (const path of paths) counters.push(...(await findAll(store, Counters, { where: { kind: { $in: kinds }, unionPath: { $prefix: path } } })));
  return counters;
};

/** Sums every numeric field of `counters` (dimension fields are strings and are skipped). */
export const sumFields = (counters: readonly CounterDoc[]): Record<string, number> => {
  const sums: Record<string, number> = {};
  for (const counter of counters) {
    for (const [key, value] of Object.entries(counter)) if (typeof value === 'number') sums[key] = (sums[key] ?? 0) + value;
  }
  return sums;
};
