import type { Patch } from '../../ports/store.port';
import { assertFieldPath, jsonPathOf, touchesId } from './field-path';
import type { SqlFragment, SqlValue } from './sqlite.where';

/**
 * Translates a Patch into one SQL expression computing the new `doc` from the old one, so an UPDATE
 * applies it in a single statement (the atomic compare-and-set needs that). `$unset` runs first
 * (json_remove), then `$set` and `$inc` (json_set, which creates missing parent objects on dotted
 * paths). `$inc` reads the old value with json_extract and treats a missing field as 0.
 */
export const patchToSql = (patch: Patch): SqlFragment => {
  const unknown = Object.keys(patch).filter((key) => key !== '$set' && key !== '$inc' && key !== '$unset');
  if (unknown.length > 0) throw new TypeError(`unknown patch operator ${unknown.join(', ')}`);
  const sets = Object.entries(patch.$set ?? {});
  const incs = Object.entries(patch.$inc ?? {});
  const unsets = patch.$unset ?? [];
  assertNoConflicts([...sets.map(([path]) => path), ...incs.map(([path]) => path), ...unsets]);

  let sql = 'doc';
  const params: SqlValue[] = [];
  if (unsets.length > 0) sql = `json_remove(${sql}, ${unsets.map(jsonPathOf).join(', ')})`;

  const assignments: string[] = [];
  for (const [path, value] of sets) {
    assignments.push(`${jsonPathOf(path)}, json(?)`);
    params.push(jsonOf(path, value));
  }
  for (const [path, by] of incs) {
    assignments.push(`${jsonPathOf(path)}, coalesce(json_extract(doc,${jsonPathOf(path)}), 0) + ?`);
    params.push(numberParam(path, by));
  }
  if (assignments.length > 0) sql = `json_set(${sql}, ${assignments.join(', ')})`;
  return { sql, params };
};

/**
 * Two changes to one field, or to a field and something inside it, have no single meaning (and json_set
 * would silently apply them in argument order), so they are refused, as document databases do.
 */
const assertNoConflicts = (paths: readonly string[]): void => {
  const seen: string[] = [];
  for (const path of paths) {
    assertFieldPath(path);
    if (touchesId(path)) throw new TypeError('a patch cannot change _id');
    const clash = seen.find((other) => other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`));
    if (clash !== undefined) throw new TypeError(`patch changes ${clash} and ${path} at once`);
    seen.push(path);
  }
};

const jsonOf = (path: string, value: unknown): string => {
  // undefined (or a function) has no JSON form; dropping it silently would hide a bug in the caller.
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json === undefined) throw new TypeError(`$set of ${path} has no JSON value`);
  return json;
};

/**
 * Whole numbers are bound as SQLite integers (better-sqlite3 binds every JS number as a REAL), so a
 * stock of 5 decremented reads `4` in the JSON text, not `4.0`.
 */
export const numberParam = (path: string, value: number): SqlValue => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${path} must be a finite number`);
  return Number.isSafeInteger(value) ? BigInt(value) : value;
};
