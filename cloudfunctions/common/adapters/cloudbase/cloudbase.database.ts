/**
 * The slice of the node-sdk database (`app.database()`, a `Db` of @cloudbase/database) the store
 * adapter uses, typed here so tests can hand it a fake (or a real `Db` over a recording request layer)
 * without loading @cloudbase/node-sdk. Results are `unknown`: they come off the network, so
 * cloudbase.results.ts reads them defensively.
 */

/** A field-level query command (`_.gt(1)`); `.and` chains another one on the same field. */
export interface FieldCommand {
  and(...commands: unknown[]): unknown;
}

/** `db.command`, the `_` of CloudBase examples. */
export interface CloudbaseCommand {
  eq(value: unknown): FieldCommand;
  neq(value: unknown): FieldCommand;
  gt(value: unknown): FieldCommand;
  gte(value: unknown): FieldCommand;
  lt(value: unknown): FieldCommand;
  lte(value: unknown): FieldCommand;
  in(values: unknown[]): FieldCommand;
  and(...conditions: unknown[]): unknown;
  or(...conditions: unknown[]): unknown;
  set(value: unknown): unknown;
  inc(by: number): unknown;
  remove(): unknown;
}

export interface CloudbaseQuery {
  where(condition: object): CloudbaseQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudbaseQuery;
  limit(limit: number): CloudbaseQuery;
  get(): Promise<unknown>;
  count(): Promise<unknown>;
  update(data: object): Promise<unknown>;
  remove(): Promise<unknown>;
}

export interface CloudbaseDocumentRef {
  get(): Promise<unknown>;
  update(data: object): Promise<unknown>;
  remove(): Promise<unknown>;
}

export interface CloudbaseCollection extends CloudbaseQuery {
  doc(id: string): CloudbaseDocumentRef;
  add(data: object): Promise<unknown>;
}

/** Inside `runTransaction` only these carry the transaction id (TOOLCHAIN.md, CloudBase). */
export interface CloudbaseTransactionDocumentRef {
  get(): Promise<unknown>;
  update(data: object): Promise<unknown>;
  delete(): Promise<unknown>;
}

export interface CloudbaseTransaction {
  collection(name: string): {
    doc(id: string): CloudbaseTransactionDocumentRef;
    add(data: object): Promise<unknown>;
  };
}

export interface CloudbaseDatabase {
  command: CloudbaseCommand;
  RegExp(options: { regexp: string; options: string }): unknown;
  collection(name: string): CloudbaseCollection;
  /** Retries `work` on DATABASE_TRANSACTION_CONFLICT (3 times by default), rolls back on any other error. */
  runTransaction<R>(work: (transaction: CloudbaseTransaction) => Promise<R>): Promise<R>;
}
