import type { Condition, Scalar } from './store.port';

/**
 * The Where language's checks, shared by every Store adapter so a condition one engine refuses the
 * other refuses too. Malformed conditions throw rather than being dropped: a dropped condition in
 * updateWhere or removeWhere means every document.
 */
export const whereOperators = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$prefix', '$contains'] as const;
export type WhereOperator = (typeof whereOperators)[number];

const isOperator = (key: string): key is WhereOperator => (whereOperators as readonly string[]).includes(key);

export const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** A condition's operators and operands, checked; a bare value is the caller's to treat as equality. */
export const operatorsOf = (path: string, condition: Exclude<Condition, Scalar>): [WhereOperator, unknown][] => {
  if (condition === undefined || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new TypeError(`condition on ${path} must be a value or an operator object`);
  }
  const entries = Object.entries(condition);
  if (entries.length === 0) throw new TypeError(`empty condition on ${path}`);
  return entries.map(([key, operand]) => {
    if (!isOperator(key)) throw new TypeError(`unknown operator ${key} on ${path}`);
    if (operand === undefined) throw new TypeError(`${key} on ${path} is undefined`);
    return [key, operand];
  });
};

export const scalarOperand = (path: string, operator: string, operand: unknown): Scalar => {
  if (!isScalar(operand)) throw new TypeError(`${operator} on ${path} must be a string, number, boolean or null`);
  return operand;
};

export const boundOperand = (path: string, operator: string, operand: unknown): string | number => {
  if (typeof operand === 'string' || (typeof operand === 'number' && Number.isFinite(operand))) return operand;
  throw new TypeError(`${operator} on ${path} must be a string or a finite number`);
};

export const stringOperand = (path: string, operator: string, operand: unknown): string => {
  if (typeof operand !== 'string') throw new TypeError(`${operator} on ${path} must be a string`);
  return operand;
};

export const inOperand = (path: string, operand: unknown): Scalar[] => {
  if (!Array.isArray(operand) || !operand.every(isScalar)) {
    throw new TypeError(`$in on ${path} must be an array of strings, numbers, booleans or null`);
  }
  return [...operand];
};

/**
 * The smallest string greater than every string starting with `prefix`: the prefix with its last code
 * point incremented. Both engines compare text as UTF-8 bytes, which orders like code points, so exactly
 * the strings starting with `prefix` lie in [prefix, bound) — including ones continuing above U+FFFF,
 * which the common `prefix + '\uffff'` bound would miss. A last code point of U+10FFFF cannot be
 * incremented and is dropped (carrying left); no bound (null) when every code point is U+10FFFF or the
 * prefix is empty — then `>= prefix` alone is exact. Surrogates are not code points, so the increment
 * skips over them.
 */
export const prefixUpperBound = (prefix: string): string | null => {
  const codePoints = Array.from(prefix, (char) => char.codePointAt(0) ?? 0);
  while (codePoints.length > 0) {
    const last = codePoints.pop() ?? 0;
    if (last < 0x10ffff) return String.fromCodePoint(...codePoints, last + 1 === 0xd800 ? 0xe000 : last + 1);
  }
  return null;
};
