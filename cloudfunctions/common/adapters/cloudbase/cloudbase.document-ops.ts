import { DuplicateIdError, isDuplicateId, type CollectionDef, type Doc, type DocumentOps } from '../../ports/store.port';
import type { CloudbaseCommand } from './cloudbase.database';
import { checkDocument, withValuesAt } from './cloudbase.documents';
import { assertFieldPath } from './cloudbase.fields';
import { isDuplicateKeyError } from './cloudbase.duplicate';
import { patchToUpdate } from './cloudbase.patch';
import { deletedCount, settled, singleDocumentOf, updatedCount } from './cloudbase.results';

/** One document by `_id`, as both plain calls and transaction calls reach it. */
export interface DocumentRef {
  get(): Promise<unknown>;
  update(data: object): Promise<unknown>;
  remove(): Promise<unknown>;
}

/** Where the document operations run: directly on the database, or inside one transaction. */
export interface DocumentTarget {
  command: CloudbaseCommand;
  doc(collection: string, id: string): DocumentRef;
  add(collection: string, data: object): Promise<unknown>;
  /**
   * `increment` found no counter, and inserting it hit a duplicate: someone created it meanwhile.
   * `bump` applies the increment to the now-existing document.
   */
  lostCreateRace(bump: () => Promise<boolean>): Promise<void>;
}

/**
 * The document-level operations of the Store port (DocumentOps) over a target. Every document read is
 * checked against its collection's schema, and so is every inserted one.
 */
export const documentOpsOn = (target: DocumentTarget): DocumentOps => {
  const _ = target.command;
  const exists = async (ref: DocumentRef) => singleDocumentOf(await ref.get()) !== null;

  const insert = async <T extends Doc>(collection: CollectionDef<T>, doc: T): Promise<void> => {
    const checked = checkDocument(collection, doc);
    try {
      settled(await target.add(collection.name, checked));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DuplicateIdError(collection.name, doc._id);
      throw error;
    }
  };

  /**
   * The common case is one write: `update({f: _.inc(n)})` on the existing counter. Only when that
   * updates nothing is the counter created, with the increments as its starting values.
   */
  const increment = async <T extends Doc>(
    collection: CollectionDef<T>,
    id: string,
    by: Readonly<Record<string, number>>,
    init: Omit<T, '_id'>,
  ): Promise<void> => {
    Object.keys(by).forEach(assertFieldPath);
    const deltas = Object.fromEntries(Object.entries(by).filter(([, n]) => n !== 0));
    const update = patchToUpdate({ $inc: deltas }, _);
    const ref = target.doc(collection.name, id);
    const bump = async () => (update === null ? exists(ref) : updatedCount(await ref.update(update)) > 0);
    if (await bump()) return;
    const created = { ...withValuesAt(init as Record<string, unknown>, by), _id: id } as unknown as T;
    try {
      await insert(collection, created);
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
      await target.lostCreateRace(bump);
    }
  };

  return {
    get: async (collection, id) => {
      const raw = singleDocumentOf(await target.doc(collection.name, id).get());
      return raw === null ? null : checkDocument(collection, raw);
    },

    insert,

    update: async (collection, id, patch) => {
      const ref = target.doc(collection.name, id);
      const update = patchToUpdate(patch, _);
      if (update === null) return exists(ref);
      if (updatedCount(await ref.update(update)) > 0) return true;
      // 0 updated: no such document — or one the patch left as it was, which MongoDB does not count as
      // updated. Only then does it cost a read to tell which.
      return exists(ref);
    },

    remove: async (collection, id) => deletedCount(await target.doc(collection.name, id).remove()) > 0,

    increment,
  };
};
