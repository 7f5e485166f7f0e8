import { InvalidCursorError, type OrderBy, type Scalar } from '../../ports/store.port';
import { decodeCursor } from '../paging';
import type { CloudbaseCommand } from './cloudbase.database';
import { isScalar } from '../../ports/where-operands';

/** A cursor's values, refusing any an adapter could not have written (paging.ts encodes them). */
export const cursorValuesOf = (cursor: string, order: OrderBy): Scalar[] =>
  decodeCursor(cursor, order).map((value, i) => {
    if (!isScalar(value) || (value === null && order[i][0] === '_id')) throw new InvalidCursorError();
    return value;
  });

/**
 * The documents strictly after the cursor in the sort order, as one `_.or` of branches:
 * `k0 after v0`, `k0 = v0 and k1 after v1`, … Mixed directions are why it cannot be a single range.
 * MongoDB sorts null (a missing field) below every value, like SQLite, so ascending the documents
 * after a null are the non-null ones, descending nothing comes after a null, and after a value come
 * the smaller values and then the nulls; the SQLite adapter's cursor says the same.
 */
export const afterCursor = (order: OrderBy, values: readonly Scalar[], _: CloudbaseCommand): unknown => {
  const branches: Record<string, unknown>[] = [];
  order.forEach(([field, direction], i) => {
    const equalBefore: Record<string, unknown> = {};
    for (let j = 0; j < i; j += 1) equalBefore[order[j][0]] = values[j];
    const value = values[i];
    if (direction === 'asc') {
      branches.push({ ...equalBefore, [field]: value === null ? _.neq(null) : _.gt(value) });
    } else if (value !== null) {
      branches.push({ ...equalBefore, [field]: _.lt(value) }, { ...equalBefore, [field]: null });
    }
  });
  return _.or(...branches);
};
