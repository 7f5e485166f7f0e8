import type { Condition, Scalar, Where } from '../../ports/store.port';
import type { CloudbaseDatabase } from './cloudbase.database';
import { assertFieldPath } from './cloudbase.fields';

/** What building a query needs from the database: its commands and its RegExp constructor. */
export type QueryTools = Pick<CloudbaseDatabase, 'command' | 'RegExp'>;

/**
 * A Where → a CloudBase query object (`{status: 'pending', unionPath: _.gte(…).and(_.lt(…))}`), whose
 * serialization @cloudbase/database does. The semantics are MongoDB's, which the SQLite adapter
 * reproduces: a missing field equals null, `$ne` matches documents missing the field, ranges and
 * `$contains` never match a value of another type. Malformed conditions are refused rather than
 * dropped, because a dropped condition in updateWhere or removeWhere means every document.
 */
export const whereToQuery = (where: Where | undefined, tools: QueryTools): Record<string, unknown> => {
  const query: Record<string, unknown> = {};
  for (const [path, condition] of Object.entries(where ?? {})) {
    query[assertFieldPath(path)] = conditionToQuery(path, condition, tools);
  }
  return query;
};

const operators = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$prefix', '$contains'] as const;
type Operator = (typeof operators)[number];
const isOperator = (key: string): key is Operator => (operators as readonly string[]).includes(key);

const conditionToQuery = (path: string, condition: Condition, tools: QueryTools): unknown => {
  if (isScalar(condition)) return condition;
  if (condition === undefined || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new TypeError(`condition on ${path} must be a value or an operator object`);
  }
  const entries = Object.entries(condition);
  if (entries.length === 0) throw new TypeError(`empty condition on ${path}`);
  const parts = entries.map(([key, operand]) => {
    if (!isOperator(key)) throw new TypeError(`unknown operator ${key} on ${path}`);
    if (operand === undefined) throw new TypeError(`${key} on ${path} is undefined`);
    return operatorToQuery(path, key, operand, tools);
  });
  // Several operators on one field: all must hold (`$gte` and `$lt` of a date range).
  return parts.length === 1 ? parts[0] : tools.command.and(...parts);
};

const operatorToQuery = (path: string, operator: Operator, operand: unknown, { command: _, RegExp }: QueryTools): unknown => {
  switch (operator) {
    case '$eq':
      return _.eq(scalarOperand(path, operator, operand));
    case '$ne':
      return _.neq(scalarOperand(path, operator, operand));
    case '$gt':
      return _.gt(boundOperand(path, operator, operand));
    case '$gte':
      return _.gte(boundOperand(path, operator, operand));
    case '$lt':
      return _.lt(boundOperand(path, operator, operand));
    case '$lte':
      return _.lte(boundOperand(path, operator, operand));
    case '$in':
      return _.in(inOperand(path, operand));
    case '$prefix': {
      const prefix = stringOperand(path, operator, operand);
      const upper = prefixUpperBound(prefix);
      return upper === null ? _.gte(prefix) : _.gte(prefix).and(_.lt(upper));
    }
    case '$contains':
      // A regular expression of the escaped text: a plain substring match, strings only.
      return RegExp({ regexp: escapeRegExp(stringOperand(path, operator, operand)), options: '' });
  }
};

/**
 * The smallest string above every string starting with `prefix`: its last code point plus one.
 * MongoDB compares strings as UTF-8 bytes (code point order), so `[prefix, bound)` is exactly the
 * strings with that prefix — including ones continuing with characters above U+FFFF, which the
 * common `prefix + '\uffff'` bound would miss. Same bound as the SQLite adapter, so both engines
 * return the same documents. Null when there is no such string (empty prefix, all U+10FFFF).
 */
export const prefixUpperBound = (prefix: string): string | null => {
  const codePoints = Array.from(prefix, (char) => char.codePointAt(0) ?? 0);
  while (codePoints.length > 0) {
    const last = codePoints.pop() ?? 0;
    if (last < 0x10ffff) return String.fromCodePoint(...codePoints, last + 1 === 0xd800 ? 0xe000 : last + 1);
  }
  return null;
};

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

const scalarOperand = (path: string, operator: string, operand: unknown): Scalar => {
  if (!isScalar(operand)) throw new TypeError(`${operator} on ${path} must be a string, number, boolean or null`);
  return operand;
};

const boundOperand = (path: string, operator: string, operand: unknown): string | number => {
  if (typeof operand === 'string' || (typeof operand === 'number' && Number.isFinite(operand))) return operand;
  throw new TypeError(`${operator} on ${path} must be a string or a finite number`);
};

const stringOperand = (path: string, operator: string, operand: unknown): string => {
  if (typeof operand !== 'string') throw new TypeError(`${operator} on ${path} must be a string`);
  return operand;
};

const inOperand = (path: string, operand: unknown): Scalar[] => {
  if (!Array.isArray(operand) || !operand.every(isScalar)) {
    throw new TypeError(`$in on ${path} must be an array of strings, numbers, booleans or null`);
  }
  return [...operand];
};
