import type { ErrorCode } from '@core/errors';
import type { DocumentOps, Store } from '../ports/store.port';
import type { Failure, Outcome } from './action';

/** Thrown inside a transaction to roll it back with an expected failure. */
class TransactionAborted extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

/** Rolls the transaction back; the transaction's result becomes `failure`. */
export type Abort<E extends ErrorCode> = (failure: Failure<E>) => never;

/**
 * Runs `work` in a transaction; `abort(failure)` inside it rolls everything back and makes the whole
 * call return that failure as a value, so a use case can bail out mid-transaction without throwing
 * expected failures past the router. Annotate `abort` (`abort: Abort<'MEMBER.NOT_PENDING'>`) to say
 * which failures the transaction may end in.
 */
export const inTransaction = async <T, E extends ErrorCode>(
  store: Store,
  work: (tx: DocumentOps, abort: Abort<E>) => Promise<T>,
): Promise<Outcome<T, E>> => {
  const abort: Abort<E> = (failure) => {
    throw new TransactionAborted(failure);
  };
  try {
    return { ok: true, data: await store.transaction((tx) => work(tx, abort)) };
  } catch (error) {
    if (error instanceof TransactionAborted) return error.failure as Failure<E>;
    throw error;
  }
};
