import type { CollectionDef, Doc, Store } from '../ports/store.port';

/** The documents behind a page of timeline entries (their campaign, plan or drive), in one query. */
export const documentsById = async <T extends Doc>(store: Store, collection: CollectionDef<T>, ids: readonly string[]): Promise<Map<string, T>> => {
  const unique = [...new Set(ids)].slice(0, 100);
  if (unique.length === 0) return new Map();
  const found = await store.find(collection, { where: { _id: { $in: unique } }, limit: 100 });
  return new Map(found.items.map((doc) => [doc._id, doc]));
};

/** How many entries of one section the timeline reads: years of one worker's use. */
export const entriesPerSection = 30;
