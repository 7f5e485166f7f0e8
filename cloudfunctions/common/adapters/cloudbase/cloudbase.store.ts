import type { FindQuery, OrderBy, Store, Where } from '../../ports/store.port';
import { cursorAfter, pageSizeOf, totalOrderOf } from '../paging';
import { afterCursor, cursorValuesOf } from './cloudbase.cursor';
import type { CloudbaseDatabase } from './cloudbase.database';
import { documentOpsOn } from './cloudbase.document-ops';
import { checkDocument } from './cloudbase.documents';
import { assertFieldPath } from './cloudbase.fields';
import { patchToUpdate } from './cloudbase.patch';
import { deletedCount, documentsOf, totalCount, updatedCount } from './cloudbase.results';
import { transactionOpsOf } from './cloudbase.transaction';
import { whereToQuery } from './cloudbase.where';

/**
 * The Store port over the CloudBase document database: `db` is node-sdk's `app.database()` (or, in
 * tests, anything shaped like the part of it cloudbase.database.ts names). Every database call is
 * billed, so each operation here is one call, except where a comment says why it needs a second.
 */
export const createCloudbaseStore = (db: CloudbaseDatabase): Store => {
  const _ = db.command;
  const collection = (name: string) => db.collection(name);
  const queryOf = (where: Where | undefined) => whereToQuery(where, db);

  const direct = documentOpsOn({
    command: _,
    doc: (name, id) => collection(name).doc(id),
    add: (name, data) => collection(name).add(data),
    // Someone created the counter between our update and our insert: it exists now, so the update
    // applies (once; a counter is never deleted).
    lostCreateRace: async (bump) => {
      await bump();
    },
  });

  const count: Store['count'] = async (def, where) => totalCount(await collection(def.name).where(queryOf(where)).count());

  return {
    ...direct,

    find: async (def, query: FindQuery = {}) => {
      const size = pageSizeOf(query);
      const order = checkedOrder(totalOrderOf(query.orderBy));
      const where = queryOf(query.where);
      const after = query.cursor ? afterCursor(order, cursorValuesOf(query.cursor, order), _) : null;
      const condition = after === null ? where : Object.keys(where).length === 0 ? after : _.and(where, after);
      let request = collection(def.name).where(condition as object);
      for (const [field, direction] of order) request = request.orderBy(field, direction);
      // One more than the page: whether it comes back says if there is a next page.
      const documents = documentsOf(await request.limit(size + 1).get()).map((raw) => checkDocument(def, raw));
      const items = documents.slice(0, size);
      return { items, nextCursor: documents.length > size ? cursorAfter(items[items.length - 1], order) : null };
    },

    count,

    // `where(…).update(…)` is one statement on the server: the compare-and-set stock and capacity need.
    updateWhere: async (def, where, patch) => {
      const update = patchToUpdate(patch, _);
      if (update === null) return count(def, where);
      return updatedCount(await collection(def.name).where(queryOf(where)).update(update));
    },

    removeWhere: async (def, where) => deletedCount(await collection(def.name).where(queryOf(where)).remove()),

    // runTransaction reruns `work` on a write conflict and rolls back on any other error.
    transaction: (work) => db.runTransaction((transaction) => work(transactionOpsOf(transaction, _))),
  };
};

const checkedOrder = (order: OrderBy): OrderBy => {
  for (const [field, direction] of order) {
    assertFieldPath(field);
    if (direction !== 'asc' && direction !== 'desc') throw new TypeError(`invalid sort direction for ${field}`);
  }
  return order;
};
