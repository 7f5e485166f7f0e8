import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { CollectionDef, Doc, DocumentOps, FindQuery, Page, Patch, Store, Where } from '../../ports/store.port';
import { AsyncLock } from './async-lock';
import { SqliteEngine } from './sqlite.engine';
import { createTables } from './sqlite.tables';

export interface SqliteStoreOptions {
  /** A file path, or ':memory:'. */
  file: string;
  collections: readonly CollectionDef<Doc>[];
}

export interface SqliteStore extends Store {
  /** The connection itself, for tests, the local host's dev panel and benchmarks. */
  readonly database: Database.Database;
  close(): void;
}

/** How long a statement waits for another process's write lock (e.g. a second local host on one file). */
const busyTimeoutMs = 5000;

export const openSqliteStore = (options: SqliteStoreOptions): SqliteStore => {
  const db = new Database(options.file, { timeout: busyTimeoutMs });
  try {
    if (options.file !== ':memory:' && options.file !== '') db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no integrity on a crash, only the last commits on a power cut.
    db.pragma('synchronous = NORMAL');
    // Deleted and overwritten content is zeroed, not left in free space: 删除我的信息 must leave no bytes.
    db.pragma('secure_delete = ON');
    createTables(db, options.collections);
    return new LockedSqliteStore(db, new SqliteEngine(db, options.collections));
  } catch (error) {
    db.close();
    throw error;
  }
};

/** Marks the async work of one transaction; `open` turns false when the transaction ends. */
interface TransactionScope {
  open: boolean;
}

const outerStoreInTransaction = () =>
  new Error("use the transaction's operations inside transaction(): the store itself waits for the transaction to end");

/**
 * better-sqlite3 is synchronous and there is one connection per process, shared by every concurrent
 * request. Each operation outside a transaction is one synchronous statement, so it cannot interleave
 * with another; it only has to wait while a transaction — whose `work` awaits — holds the lock.
 * A transaction holds the lock from BEGIN IMMEDIATE to COMMIT or ROLLBACK and gives `work` operations
 * that run directly. AsyncLocalStorage recognizes the transaction's own async work, so a call to the
 * outer store from inside it fails at once instead of waiting forever for the lock it holds.
 */
class LockedSqliteStore implements SqliteStore {
  private readonly lock = new AsyncLock();
  private readonly scope = new AsyncLocalStorage<TransactionScope>();
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;

  constructor(
    readonly database: Database.Database,
    private readonly engine: SqliteEngine,
  ) {
    this.begin = database.prepare('BEGIN IMMEDIATE');
    this.commit = database.prepare('COMMIT');
    this.rollback = database.prepare('ROLLBACK');
  }

  get<T extends Doc>(collection: CollectionDef<T>, id: string): Promise<T | null> {
    return this.run(() => this.engine.get(collection, id));
  }

  insert<T extends Doc>(collection: CollectionDef<T>, doc: T): Promise<void> {
    return this.run(() => this.engine.insert(collection, doc));
  }

  update<T extends Doc>(collection: CollectionDef<T>, id: string, patch: Patch): Promise<boolean> {
    return this.run(() => this.engine.update(collection, id, patch));
  }

  remove<T extends Doc>(collection: CollectionDef<T>, id: string): Promise<boolean> {
    return this.run(() => this.engine.remove(collection, id));
  }

  increment<T extends Doc>(collection: CollectionDef<T>, id: string, by: Readonly<Record<string, number>>, init: Omit<T, '_id'>): Promise<void> {
    return this.run(() => this.engine.increment(collection, id, by, init));
  }

  find<T extends Doc>(collection: CollectionDef<T>, query?: FindQuery): Promise<Page<T>> {
    return this.run(() => this.engine.find(collection, query));
  }

  count<T extends Doc>(collection: CollectionDef<T>, where?: Where): Promise<number> {
    return this.run(() => this.engine.count(collection, where));
  }

  updateWhere<T extends Doc>(collection: CollectionDef<T>, where: Where, patch: Patch): Promise<number> {
    return this.run(() => this.engine.updateWhere(collection, where, patch));
  }

  removeWhere<T extends Doc>(collection: CollectionDef<T>, where: Where): Promise<number> {
    return this.run(() => this.engine.removeWhere(collection, where));
  }

  async transaction<R>(work: (tx: DocumentOps) => Promise<R>): Promise<R> {
    this.assertOutsideTransaction();
    await this.lock.acquire();
    const scope: TransactionScope = { open: true };
    try {
      this.begin.run();
      try {
        const result = await this.scope.run(scope, () => work(this.transactionOps(scope)));
        scope.open = false;
        this.commit.run();
        return result;
      } catch (error) {
        scope.open = false;
        if (this.database.inTransaction) this.rollback.run();
        throw error;
      }
    } finally {
      scope.open = false;
      this.lock.release();
    }
  }

  close(): void {
    this.database.close();
  }

  /** The fast path runs the statement at once; the lock is only awaited while a transaction holds it. */
  private async run<R>(operation: () => R): Promise<R> {
    this.assertOutsideTransaction();
    if (this.lock.idle) return operation();
    await this.lock.acquire();
    try {
      return operation();
    } finally {
      this.lock.release();
    }
  }

  private assertOutsideTransaction(): void {
    if (this.scope.getStore()?.open) throw outerStoreInTransaction();
  }

  private transactionOps(scope: TransactionScope): DocumentOps {
    const engine = this.engine;
    // The lock is held by the transaction itself; these only refuse to run once it has ended.
    const inScope = async <R>(operation: () => R): Promise<R> => {
      if (!scope.open) throw new Error('this transaction has ended; its operations can no longer be used');
      return operation();
    };
    return {
      get: (collection, id) => inScope(() => engine.get(collection, id)),
      insert: (collection, doc) => inScope(() => engine.insert(collection, doc)),
      update: (collection, id, patch) => inScope(() => engine.update(collection, id, patch)),
      remove: (collection, id) => inScope(() => engine.remove(collection, id)),
      increment: (collection, id, by, init) => inScope(() => engine.increment(collection, id, by, init)),
    };
  }
}
