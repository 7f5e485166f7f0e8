import type { CollectionDef, Doc, FindQuery, Store } from '../ports/store.port';

/**
 * Every document a query matches, a page of 100 (the most CloudBase returns in one read) at a time.
 * Only for sets known to stay small — a worker's own records, a plan's slots, one union tree's
 * counters — never for a union's members, which exports page through with a row limit instead.
 */
export const findAll = async <T extends Doc>(store: Pick<Store, 'find'>, collection: CollectionDef<T>, query: Omit<FindQuery, 'limit' | 'cursor'> = {}): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await store.find(collection, { ...query, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
};
