import { InvalidCursorError, type FindQuery, type OrderBy, type Scalar } from '../ports/store.port';

/**
 * Keyset paging shared by both store adapters: a cursor is the last item's sort values (with `_id`
 * always last, so every order is total), and the next page holds the documents that sort after it.
 */
export const maxPageSize = 100;
export const defaultPageSize = 20;

export const pageSizeOf = (query: FindQuery): number => {
  const limit = query.limit ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new RangeError(`limit must be an integer from 1 to ${maxPageSize}`);
  }
  return limit;
};

/** The query's order with `_id` ascending appended (unless it already sorts by `_id`). */
export const totalOrderOf = (orderBy: OrderBy = []): OrderBy =>
  orderBy.some(([field]) => field === '_id') ? orderBy : [...orderBy, ['_id', 'asc']];

export const encodeCursor = (values: readonly Scalar[]): string =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

export const decodeCursor = (cursor: string, order: OrderBy): Scalar[] => {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(values) || values.length !== order.length || !values.every(isCursorValue)) throw new InvalidCursorError();
  return values as Scalar[];
};

/** Only what a sort key can hold; anything else was not made by an adapter. */
const isCursorValue = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** Reads a dotted path (`target.id`) from a document. */
export const valueAt = (doc: unknown, path: string): Scalar => {
  let current: unknown = doc;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current === undefined ? null : (current as Scalar);
};

export const cursorAfter = (doc: unknown, order: OrderBy): string => encodeCursor(order.map(([field]) => valueAt(doc, field)));
