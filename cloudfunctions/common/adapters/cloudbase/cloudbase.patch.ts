import type { Patch } from '../../ports/store.port';
import type { CloudbaseCommand } from './cloudbase.database';
import { assertFieldPath, touchesId } from './cloudbase.fields';

/**
 * A Patch → the update object node-sdk's `update(data)` takes. Every `$set` value is wrapped in
 * `_.set(value)`: node-sdk merges a plain object value field by field (`{consent: {…}}` becomes
 * `$set: {'consent.version': …, …}`), which would keep stale keys the port means to replace.
 * `$inc` → `_.inc(n)`, `$unset` → `_.remove()`. Two changes to one field (or to a field and something
 * inside it) and changes to `_id` are refused, as MongoDB and the SQLite adapter refuse them. An
 * empty patch gives null: CloudBase rejects an empty update, so the store answers it without one.
 */
export const patchToUpdate = (patch: Patch, _: CloudbaseCommand): Record<string, unknown> | null => {
  const unknownKeys = Object.keys(patch).filter((key) => key !== '$set' && key !== '$inc' && key !== '$unset');
  if (unknownKeys.length > 0) throw new TypeError(`unknown patch operator ${unknownKeys.join(', ')}`);
  const update: Record<string, unknown> = {};
  const add = (path: string, change: unknown) => {
    assertFieldPath(path);
    if (touchesId(path)) throw new TypeError('a patch cannot change _id');
    const clash = Object.keys(update).find((other) => other === path || other.startsWith(`${path}.`) || path.startsWith(`${other}.`));
    if (clash !== undefined) throw new TypeError(`patch changes ${clash} and ${path} at once`);
    update[path] = change;
  };
  for (const [path, value] of Object.entries(patch.$set ?? {})) {
    // undefined has no JSON form; dropping it silently would hide a bug in the caller.
    if (value === undefined) throw new TypeError(`$set of ${path} has no JSON value`);
    add(path, _.set(value));
  }
  for (const [path, by] of Object.entries(patch.$inc ?? {})) {
    if (typeof by !== 'number' || !Number.isFinite(by)) throw new TypeError(`${path} must be a finite number`);
    add(path, _.inc(by));
  }
  for (const path of patch.$unset ?? []) add(path, _.remove());
  return Object.keys(update).length > 0 ? update : null;
};
