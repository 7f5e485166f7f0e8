import type Database from 'better-sqlite3';
import type { CollectionDef, Doc } from '../../ports/store.port';
import { fieldExpr, tableOf } from './field-path';

/**
 * One table per collection holding each document whole as JSON, keyed by `_id`, and one expression
 * index per declared index. Every index ends with `_id`: sorts always end with it (keyset paging), so
 * the index also serves the tie-break and a page is one index range scan.
 *
 * Indexes are named after their fields (`ix:members(status,unionPath,_id)`), so changing a declaration
 * in code creates the new index and drops the old one on the next open, keeping the database in step
 * with the code.
 */
const indexPrefix = 'ix:';

export const createTables = (db: Database.Database, collections: readonly CollectionDef<Doc>[]): void => {
  const names = new Set<string>();
  for (const { name } of collections) {
    if (names.has(name)) throw new TypeError(`collection ${name} is declared twice`);
    names.add(name);
  }
  db.transaction(() => collections.forEach((collection) => createTable(db, collection)))();
};

const createTable = (db: Database.Database, collection: CollectionDef<Doc>): void => {
  const table = tableOf(collection.name);
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} ("_id" TEXT PRIMARY KEY, doc TEXT NOT NULL)`);

  const declared = new Map<string, string>();
  for (const { fields } of collection.indexes) {
    const columns = fields.includes('_id') ? fields : [...fields, '_id'];
    const name = `${indexPrefix}${collection.name}(${columns.join(',')})`;
    declared.set(name, `CREATE INDEX IF NOT EXISTS "${name}" ON ${table} (${columns.map(fieldExpr).join(', ')})`);
  }

  const existing = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND substr(name, 1, ?) = ?`)
    .pluck()
    .all(collection.name, indexPrefix.length, indexPrefix) as string[];
  for (const name of existing) {
    if (!declared.has(name)) db.exec(`DROP INDEX "${name}"`);
  }
  for (const create of declared.values()) db.exec(create);
};
