import type Database from 'better-sqlite3';
import { DuplicateIdError, type CollectionDef, type Doc, type FindQuery, type Page, type Patch, type Where } from '../../ports/store.port';
import { encodeCursor } from '../paging';
import { tableOf } from './field-path';
import { checkDocument, readDocument } from './sqlite.documents';
import { buildFindSql } from './sqlite.find';
import { patchToSql } from './sqlite.patch';
import { whereToSql, type SqlValue } from './sqlite.where';

type Statement = Database.Statement<SqlValue[]>;

/**
 * By code alone, not `instanceof`: the native addon keeps the SqliteError class of the first
 * better-sqlite3 module loaded in the process, so where modules are loaded again (jest: per test file,
 * each in its own realm with its own Error) it throws errors of another class.
 */
const isPrimaryKeyConflict = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';

/** Prepared statements are reused by SQL text; queries are built from code, so there are few shapes. */
const maxCachedStatements = 500;

/**
 * Every store operation as one synchronous step on the connection. It knows nothing of locking or
 * transactions: the store decides when a step may run, and this runs it.
 *
 * Writes that change existing documents (`update`, `updateWhere`, `increment`) check every changed
 * document against the schema (`RETURNING doc`) inside a savepoint, so a patch that would break a
 * document is refused and changes nothing.
 */
export class SqliteEngine {
  private readonly tables = new Map<string, string>();
  private readonly statements = new Map<string, Statement>();
  private readonly inSavepoint: <R>(run: () => R) => R;

  constructor(
    readonly db: Database.Database,
    collections: readonly CollectionDef<Doc>[],
  ) {
    for (const { name } of collections) this.tables.set(name, tableOf(name));
    // better-sqlite3 turns a nested db.transaction() into a SAVEPOINT, and rolls it back on a throw.
    const savepoint = db.transaction((run: () => unknown) => run());
    this.inSavepoint = <R>(run: () => R) => savepoint(run) as R;
  }

  get<T extends Doc>(collection: CollectionDef<T>, id: string): T | null {
    const json = this.statement(`SELECT doc FROM ${this.tableOf(collection)} WHERE "_id" = ?`, 'pluck').get(id) as string | undefined;
    return json === undefined ? null : readDocument(collection, json);
  }

  insert<T extends Doc>(collection: CollectionDef<T>, doc: T): void {
    const checked = checkDocument(collection, doc);
    try {
      this.statement(`INSERT INTO ${this.tableOf(collection)} ("_id", doc) VALUES (?, ?)`).run(checked._id, JSON.stringify(checked));
    } catch (error) {
      if (isPrimaryKeyConflict(error)) {
        throw new DuplicateIdError(collection.name, checked._id);
      }
      throw error;
    }
  }

  update<T extends Doc>(collection: CollectionDef<T>, id: string, patch: Patch): boolean {
    return this.updateWhere(collection, { _id: id }, patch) > 0;
  }

  /** One UPDATE statement: the condition and the change cannot be separated by another write. */
  updateWhere<T extends Doc>(collection: CollectionDef<T>, where: Where, patch: Patch): number {
    const change = patchToSql(patch);
    const filter = whereToSql(where);
    const sql = `UPDATE ${this.tableOf(collection)} SET doc = ${change.sql} WHERE ${filter.sql} RETURNING doc`;
    return this.writeChecked(collection, sql, [...change.params, ...filter.params]);
  }

  remove<T extends Doc>(collection: CollectionDef<T>, id: string): boolean {
    return this.removeWhere(collection, { _id: id }) > 0;
  }

  removeWhere<T extends Doc>(collection: CollectionDef<T>, where: Where): number {
    const filter = whereToSql(where);
    return this.statement(`DELETE FROM ${this.tableOf(collection)} WHERE ${filter.sql}`).run(...filter.params).changes;
  }

  /** An upsert in one statement, so two first increments of a new counter cannot both insert it. */
  increment<T extends Doc>(collection: CollectionDef<T>, id: string, by: Readonly<Record<string, number>>, init: Omit<T, '_id'>): void {
    const initial = checkDocument(collection, { ...init, ...by, _id: id });
    const change = patchToSql({ $inc: by });
    const sql =
      `INSERT INTO ${this.tableOf(collection)} ("_id", doc) VALUES (?, ?) ` +
      `ON CONFLICT("_id") DO UPDATE SET doc = ${change.sql} RETURNING doc`;
    this.writeChecked(collection, sql, [id, JSON.stringify(initial), ...change.params]);
  }

  find<T extends Doc>(collection: CollectionDef<T>, query: FindQuery = {}): Page<T> {
    const { sql, params, limit } = buildFindSql(this.tableOf(collection), query);
    const rows = this.statement(sql, 'raw').all(...params) as unknown[][];
    const page = rows.length > limit ? rows.slice(0, limit) : rows;
    const items = page.map((row) => readDocument(collection, row[0] as string));
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor(last.slice(1) as Array<string | number | null>) : null;
    return { items, nextCursor };
  }

  count<T extends Doc>(collection: CollectionDef<T>, where?: Where): number {
    const filter = whereToSql(where);
    return this.statement(`SELECT count(*) FROM ${this.tableOf(collection)} WHERE ${filter.sql}`, 'pluck').get(...filter.params) as number;
  }

  private writeChecked<T extends Doc>(collection: CollectionDef<T>, sql: string, params: SqlValue[]): number {
    return this.inSavepoint(() => {
      const changed = this.statement(sql, 'pluck').all(...params) as string[];
      changed.forEach((json) => readDocument(collection, json));
      return changed.length;
    });
  }

  private tableOf(collection: CollectionDef<Doc>): string {
    const table = this.tables.get(collection.name);
    if (table === undefined) throw new Error(`collection ${collection.name} was not given to openSqliteStore`);
    return table;
  }

  private statement(sql: string, mode: 'run' | 'pluck' | 'raw' = 'run'): Statement {
    const key = `${mode}\n${sql}`;
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.db.prepare<SqlValue[]>(sql);
      if (mode === 'pluck') statement.pluck();
      if (mode === 'raw') statement.raw();
      if (this.statements.size >= maxCachedStatements) this.statements.delete(this.statements.keys().next().value as string);
      this.statements.set(key, statement);
    }
    return statement;
  }
}
