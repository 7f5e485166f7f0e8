/**
 * Field paths and table names end up inside SQL text (JSON paths must be literals, or SQLite cannot
 * match a query's expression to an expression index), so they are checked against a strict shape
 * before they get there. Values never do: they are always bound as parameters.
 */
const fieldPathShape = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const tableNameShape = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const assertFieldPath = (path: string): void => {
  if (typeof path !== 'string' || !fieldPathShape.test(path)) throw new TypeError(`invalid field path: ${JSON.stringify(path)}`);
};

export const tableOf = (collectionName: string): string => {
  if (!tableNameShape.test(collectionName)) throw new TypeError(`invalid collection name: ${JSON.stringify(collectionName)}`);
  return `"${collectionName}"`;
};

/** `target.id` → `'$.target.id'`: a SQL string literal holding the JSON path. */
export const jsonPathOf = (path: string): string => {
  assertFieldPath(path);
  return `'$.${path}'`;
};

/**
 * The one SQL expression for a field, used by index definitions and queries alike so the planner can
 * match them. `_id` is the primary-key column, which keeps lookups and tie-breaks on the table's key.
 */
export const fieldExpr = (path: string): string => (path === '_id' ? '"_id"' : `json_extract(doc,${jsonPathOf(path)})`);

/** Whether `path` is `_id` or inside it: patches must never change a document's identity. */
export const touchesId = (path: string): boolean => path === '_id' || path.startsWith('_id.');
