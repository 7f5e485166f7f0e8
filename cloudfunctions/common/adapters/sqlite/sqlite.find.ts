import { InvalidCursorError, type FindQuery, type OrderBy, type Scalar } from '../../ports/store.port';
import { decodeCursor, pageSizeOf, totalOrderOf } from '../paging';
import { fieldExpr } from './field-path';
import { whereToSql, type SqlFragment, type SqlValue } from './sqlite.where';

export interface FindSql extends SqlFragment {
  /** The page size; the statement fetches one row more to tell whether another page follows. */
  limit: number;
}

/**
 * `SELECT doc, <sort keys…> FROM t WHERE <where> AND <after cursor> ORDER BY <keys> LIMIT limit+1`.
 * The sort keys come back with each row (raw SQLite values, exactly what ORDER BY compared), and the
 * last row's keys become the next cursor.
 */
export const buildFindSql = (table: string, query: FindQuery): FindSql => {
  const limit = pageSizeOf(query);
  const order = totalOrderOf(query.orderBy);
  const keys = order.map(([field, direction]) => {
    if (direction !== 'asc' && direction !== 'desc') throw new TypeError(`invalid sort direction for ${field}`);
    return fieldExpr(field);
  });
  const where = whereToSql(query.where);
  const conditions = [where.sql];
  const params = [...where.params];
  if (query.cursor) {
    const after = afterCursor(order, keys, cursorValues(query.cursor, order));
    conditions.push(after.sql);
    params.push(...after.params);
  }
  const orderSql = order.map(([, direction], i) => `${keys[i]} ${direction === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
  params.push(limit + 1);
  return {
    sql: `SELECT doc, ${keys.join(', ')} FROM ${table} WHERE ${conditions.join(' AND ')} ORDER BY ${orderSql} LIMIT ?`,
    params,
    limit,
  };
};

/** Cursor values as SQL binds (decodeCursor has checked they are scalars); `_id` is never null. */
const cursorValues = (cursor: string, order: OrderBy): SqlValue[] =>
  decodeCursor(cursor, order).map((value: Scalar, i) => {
    if (value === null && order[i][0] === '_id') throw new InvalidCursorError();
    return typeof value === 'boolean' ? Number(value) : value;
  });

/**
 * Rows strictly after the cursor in the sort order, honoring each key's direction:
 * `after(k0) OR (k0 = v0 AND (after(k1) OR (k1 = v1 AND …)))`, ANDed with an at-or-after bound on
 * the first key alone: ascending, that is a plain range the planner seeks the index to (the OR chain
 * alone would make it scan from the first row). SQLite sorts NULL
 * (a missing field) first ascending and last descending; each comparison below says so explicitly,
 * because `k > NULL` is never true in SQL.
 */
const afterCursor = (order: OrderBy, keys: readonly string[], values: readonly SqlValue[]): SqlFragment => {
  let sql = '';
  const params: SqlValue[] = [];
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const strictly = comparison(keys[i], order[i][1], values[i], 'after');
    if (sql === '') {
      sql = strictly.sql;
      params.unshift(...strictly.params);
      continue;
    }
    const equal = comparison(keys[i], order[i][1], values[i], 'equal');
    sql = `(${strictly.sql} OR (${equal.sql} AND ${sql}))`;
    params.unshift(...strictly.params, ...equal.params);
  }
  const seek = comparison(keys[0], order[0][1], values[0], 'atOrAfter');
  return { sql: `${seek.sql} AND ${sql}`, params: [...seek.params, ...params] };
};

const comparison = (key: string, direction: 'asc' | 'desc', value: SqlValue, relation: 'after' | 'equal' | 'atOrAfter'): SqlFragment => {
  if (value === null) {
    if (relation === 'equal') return { sql: `${key} IS NULL`, params: [] };
    if (direction === 'asc') return { sql: relation === 'after' ? `${key} IS NOT NULL` : '1', params: [] };
    return { sql: relation === 'after' ? '0' : `${key} IS NULL`, params: [] };
  }
  if (relation === 'equal') return { sql: `${key} = ?`, params: [value] };
  const sign = (direction === 'asc' ? '>' : '<') + (relation === 'atOrAfter' ? '=' : '');
  // Descending, the NULLs come after every value.
  return { sql: direction === 'asc' ? `${key} ${sign} ?` : `(${key} ${sign} ? OR ${key} IS NULL)`, params: [value] };
};
