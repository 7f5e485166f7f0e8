import type { z } from 'zod';

/**
 * The database as use cases see it: JSON documents in named collections, keyed by `_id`. Two engines
 * implement it — SQLite locally, the CloudBase database in production — so it offers only what both
 * do the same way.
 */

export interface Doc {
  _id: string;
}

export interface IndexDef {
  /** Document fields (dotted paths allowed), in index order. */
  fields: readonly string[];
}

/** A collection: its name, the schema its documents are checked against when read, its indexes. */
export interface CollectionDef<T extends Doc> {
  name: string;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  indexes: readonly IndexDef[];
}

export type Scalar = string | number | boolean | null;

/** A condition on one field: a plain value means equality. */
export type Condition =
  | Scalar
  | {
      $eq?: Scalar;
      $ne?: Scalar;
      $gt?: string | number;
      $gte?: string | number;
      $lt?: string | number;
      $lte?: string | number;
      $in?: readonly Scalar[];
      /** String starts with: how subtree scopes (`unionPath`) are queried. */
      $prefix?: string;
      /** String contains (case-sensitive substring): for searching names. */
      $contains?: string;
    };

/** Conditions on fields (dotted paths allowed), all of which must hold. */
export type Where = Readonly<Record<string, Condition>>;

export type OrderBy = ReadonlyArray<readonly [field: string, direction: 'asc' | 'desc']>;

export interface FindQuery {
  where?: Where;
  /** `_id` ascending is always added last, so paging is stable. */
  orderBy?: OrderBy;
  /** 1..100; defaults to 20. */
  limit?: number;
  /** From a previous page's `nextCursor`. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/** Field changes; dotted paths reach into nested objects. */
export interface Patch {
  $set?: Readonly<Record<string, unknown>>;
  $inc?: Readonly<Record<string, number>>;
  $unset?: readonly string[];
}

/** Operations on one document by `_id`: the only ones both engines run inside a transaction. */
export interface DocumentOps {
  get<T extends Doc>(collection: CollectionDef<T>, id: string): Promise<T | null>;
  /** Throws DuplicateIdError when a document with this `_id` exists. */
  insert<T extends Doc>(collection: CollectionDef<T>, doc: T): Promise<void>;
  /** Returns false when there is no such document. */
  update<T extends Doc>(collection: CollectionDef<T>, id: string, patch: Patch): Promise<boolean>;
  /** Returns false when there was no such document. */
  remove<T extends Doc>(collection: CollectionDef<T>, id: string): Promise<boolean>;
  /**
   * Adds to numeric fields of a counter document, creating it from `init` (with those fields at the
   * added values) when it does not exist yet.
   */
  increment<T extends Doc>(
    collection: CollectionDef<T>,
    id: string,
    by: Readonly<Record<string, number>>,
    init: Omit<T, '_id'>,
  ): Promise<void>;
}

export interface Store extends DocumentOps {
  find<T extends Doc>(collection: CollectionDef<T>, query?: FindQuery): Promise<Page<T>>;
  count<T extends Doc>(collection: CollectionDef<T>, where?: Where): Promise<number>;
  /**
   * Updates every document where the conditions hold and returns how many changed: the atomic
   * compare-and-set that stock and capacity rely on (`{_id, stock: {$gt: 0}}` → `$inc: {stock: -1}`).
   * Not offered inside transactions: CloudBase would silently run it outside.
   */
  updateWhere<T extends Doc>(collection: CollectionDef<T>, where: Where, patch: Patch): Promise<number>;
  removeWhere<T extends Doc>(collection: CollectionDef<T>, where: Where): Promise<number>;
  /**
   * Runs `work` atomically: all of its writes happen or none. The engine may run `work` more than once
   * when it detects a write conflict, so keep side effects (notifications) outside it.
   */
  transaction<R>(work: (tx: DocumentOps) => Promise<R>): Promise<R>;
}

export class DuplicateIdError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`duplicate _id in ${collection}`);
    this.name = 'DuplicateIdError';
  }
}

/** A `cursor` the adapter did not make: the router answers INPUT.INVALID for it. */
export class InvalidCursorError extends Error {
  constructor() {
    super('malformed cursor');
    this.name = 'InvalidCursorError';
  }
}

export const isDuplicateId = (error: unknown): error is DuplicateIdError => error instanceof DuplicateIdError;

export const defineCollection = <T extends Doc>(def: CollectionDef<T>): CollectionDef<T> => def;
