import type { Condition, Where } from '../../ports/store.port';
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

const conditionToQuery = (path: string, condition: Condition, tools: QueryTools): unknown => {
  if (isScalar(condition)) return condition;
  const parts = operatorsOf(path, condition).map(([operator, operand]) => operatorToQuery(path, operator, operand, tools));
  // Several operators on one field: all must hold (`$gte` and `$lt` of a date range).
  return parts.length === 1 ? parts[0] : tools.command.and(...parts);
};

const operatorToQuery = (path: string, operator: WhereOperator, operand: unknown, { command: _, RegExp }: QueryTools): unknown => {
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

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
