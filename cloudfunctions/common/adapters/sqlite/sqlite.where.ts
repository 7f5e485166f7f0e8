import type { Condition, Scalar, Where } from '../../ports/store.port';
import {
  boundOperand,
  inOperand,
  isScalar,
  operatorsOf,
  prefixUpperBound,
  scalarOperand,
  stringOperand,
  type WhereOperator,
} from '../../ports/where-operands';
import { fieldExpr, jsonPathOf } from './field-path';

/** What better-sqlite3 binds: JS booleans are not among them (JSON booleans read back as 1/0). */
export type SqlValue = string | number | bigint | null;

export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

/**
 * Translates a Where into one SQL boolean expression over the `doc` column. Field expressions are the
 * exact ones the expression indexes are built on, and comparisons are written as plain `=`, `IN` and
 * ranges on them, so the planner can use those indexes. Semantics follow the document databases the
 * port abstracts: a missing field equals null, `$ne` matches documents missing the field, and a range
 * never matches a value of another type (a number bound does not match strings, and vice versa).
 */
export const whereToSql = (where: Where | undefined): SqlFragment => {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const [path, condition] of Object.entries(where ?? {})) {
    const fragment = conditionToSql(path, condition);
    parts.push(fragment.sql);
    params.push(...fragment.params);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
};

const conditionToSql = (path: string, condition: Condition): SqlFragment => {
  const expr = fieldExpr(path);
  if (isScalar(condition)) return equalTo(path, expr, condition);
  const parts = operatorsOf(path, condition).map(([operator, operand]) => operatorToSql(path, expr, operator, operand));
  return { sql: parts.map((part) => part.sql).join(' AND '), params: parts.flatMap((part) => part.params) };
};

const operatorToSql = (path: string, expr: string, operator: WhereOperator, operand: unknown): SqlFragment => {
  switch (operator) {
    case '$eq':
      return equalTo(path, expr, scalarOperand(path, operator, operand));
    case '$ne':
      return notEqualTo(path, expr, scalarOperand(path, operator, operand));
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return range(expr, operator, boundOperand(path, operator, operand));
    case '$in':
      return oneOf(path, expr, operand);
    case '$prefix':
      return startsWith(expr, stringOperand(path, operator, operand));
    case '$contains':
      // `>= ''` keeps it to strings: instr() would happily find '1' in the number 12.
      return { sql: `(instr(${expr}, ?) > 0 AND ${expr} >= '')`, params: [stringOperand(path, operator, operand)] };
  }
};

/**
 * json_extract gives 1/0 for JSON true/false, so equality with a boolean, or with the numbers 1 and 0,
 * also asks json_type which of the two it is. The json_type term is never NULL (ifnull), so `NOT` of
 * the test is true for documents missing the field, as `$ne` must be.
 */
const ambiguous = (value: Scalar): value is boolean | 0 | 1 => typeof value === 'boolean' || value === 0 || value === 1;

const typedEqual = (path: string, expr: string, value: boolean | 0 | 1): SqlFragment => {
  const types = typeof value === 'boolean' ? `'${value}'` : `'integer', 'real'`;
  return { sql: `(${expr} = ? AND ifnull(json_type(doc,${jsonPathOf(path)}), '') IN (${types}))`, params: [Number(value)] };
};

const equalTo = (path: string, expr: string, value: Scalar): SqlFragment => {
  if (value === null) return { sql: `${expr} IS NULL`, params: [] };
  if (ambiguous(value)) return typedEqual(path, expr, value);
  return { sql: `${expr} = ?`, params: [value] };
};

const notEqualTo = (path: string, expr: string, value: Scalar): SqlFragment => {
  if (value === null) return { sql: `${expr} IS NOT NULL`, params: [] };
  if (ambiguous(value)) {
    const test = typedEqual(path, expr, value);
    return { sql: `NOT ${test.sql}`, params: test.params };
  }
  return { sql: `${expr} IS NOT ?`, params: [value] };
};

/**
 * SQLite sorts every number before every string, so the open side of a range needs a type fence:
 * `> 5` would otherwise match all strings, `< 'b'` all numbers.
 */
const range = (expr: string, operator: '$gt' | '$gte' | '$lt' | '$lte', bound: string | number): SqlFragment => {
  const sign = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[operator];
  const lower = operator === '$gt' || operator === '$gte';
  const fence = typeof bound === 'number' ? (lower ? ` AND ${expr} < ''` : '') : lower ? '' : ` AND ${expr} >= ''`;
  return { sql: `(${expr} ${sign} ?${fence})`, params: [bound] };
};

const oneOf = (path: string, expr: string, operand: unknown): SqlFragment => {
  const values = inOperand(path, operand);
  if (values.length === 0) return { sql: '0', params: [] };
  const plain = values.filter((value): value is string | number => value !== null && !ambiguous(value));
  const special = values.filter((value) => value === null || ambiguous(value)).map((value) => equalTo(path, expr, value));
  const parts: SqlFragment[] = plain.length > 0 ? [{ sql: `${expr} IN (${plain.map(() => '?').join(',')})`, params: plain }] : [];
  parts.push(...special);
  return { sql: `(${parts.map((part) => part.sql).join(' OR ')})`, params: parts.flatMap((part) => part.params) };
};

/** A half-open range [prefix, successor) instead of LIKE, so an index on the field serves it. */
const startsWith = (expr: string, prefix: string): SqlFragment => {
  const upper = prefixUpperBound(prefix);
  if (upper === null) return { sql: `${expr} >= ?`, params: [prefix] };
  return { sql: `(${expr} >= ? AND ${expr} < ?)`, params: [prefix, upper] };
};
