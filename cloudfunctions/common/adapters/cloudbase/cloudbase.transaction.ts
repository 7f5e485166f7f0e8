import type { DocumentOps } from '../../ports/store.port';
import type { CloudbaseCommand, CloudbaseTransaction } from './cloudbase.database';
import { documentOpsOn } from './cloudbase.document-ops';

/** The code @cloudbase/database's runTransaction retries on. */
export const transactionConflictCode = 'DATABASE_TRANSACTION_CONFLICT';

/**
 * The document operations inside one `runTransaction`. Only `t.collection(c).doc(id).get/update/delete`
 * and `t.collection(c).add` carry the transaction id; a `where()` query there would silently run
 * outside the transaction (TOOLCHAIN.md), which is why DocumentOps has none.
 */
export const transactionOpsOf = (transaction: CloudbaseTransaction, command: CloudbaseCommand): DocumentOps =>
  documentOpsOn({
    command,
    doc: (name, id) => {
      const ref = transaction.collection(name).doc(id);
      return { get: () => ref.get(), update: (data) => ref.update(data), remove: () => ref.delete() };
    },
    add: (name, data) => transaction.collection(name).add(data),
    // A failed write aborts a MongoDB transaction, so the counter cannot be bumped in this one. Saying
    // "conflict" makes runTransaction run the whole work again, and then the update finds the counter.
    lostCreateRace: async () => {
      throw Object.assign(new Error('counter created by a concurrent call'), { code: transactionConflictCode });
    },
  });
