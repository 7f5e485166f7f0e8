import { DuplicateIdError } from '../../../ports/store.port';
import { createCloudbaseStore } from '../cloudbase.store';
import { Tallies, Things } from './fixtures';
import { deletedReply, documentsReply, recordingDatabase, updatedReply } from './recording-database';

const tcbError = (code: string, message: string) => Object.assign(new Error(message), { code, message });

/** Requests between start and commit/abort, which must all carry the transaction id. */
const insideTransaction = (requests: ReturnType<ReturnType<typeof recordingDatabase>['requests']>) =>
  requests.filter((request) => !String(request.action).endsWith('Transaction'));

describe('cloudbase store: transactions hold document-level operations only', () => {
  it('runs get, insert, update and remove by _id inside the transaction, then commits', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.getDocument', { requestId: 'r', data: { list: [JSON.stringify({ _id: 'a', name: 'a', stock: 2 })] } });
    const store = createCloudbaseStore(db);

    const result = await store.transaction(async (tx) => {
      const found = await tx.get(Things, 'a');
      await tx.insert(Things, { _id: 'b', name: 'b' });
      await tx.update(Things, 'a', { $inc: { stock: -1 } });
      await tx.remove(Things, 'c');
      return found?.stock;
    });

    expect(result).toBe(2);
    const all = requests();
    expect(all.map((request) => request.action)).toEqual([
      'database.startTransaction',
      'database.getDocument',
      'database.insertDocument',
      'database.modifyDocument',
      'database.removeDocument',
      'database.commitTransaction',
    ]);
    for (const request of insideTransaction(all)) {
      expect(request.transactionId).toBe('tx-1');
      // A WHERE query would run outside the transaction (TOOLCHAIN.md): only doc-level ones, and add.
      if (request.action !== 'database.insertDocument') expect(request).toMatchObject({ queryType: 'DOC', multi: false });
    }
    expect(all[3]).toMatchObject({ query: { _id: 'a' }, data: { $inc: { stock: { $numberInt: '-1' } } } });
    expect(all[5]).toMatchObject({ transactionId: 'tx-1' });
  });

  it('offers no query or condition-wide write inside the transaction', async () => {
    const { db } = recordingDatabase();
    await createCloudbaseStore(db).transaction(async (tx) => {
      expect(Object.keys(tx).sort()).toEqual(['get', 'increment', 'insert', 'remove', 'update']);
    });
  });

  it('reads a missing document as null and tells a missing update target with a transactional read', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.getDocument', { requestId: 'r', data: { list: [] } }, { requestId: 'r', data: { list: [] } });
    reply('database.modifyDocument', updatedReply(0));
    reply('database.removeDocument', deletedReply(0));
    const outcome = await createCloudbaseStore(db).transaction(async (tx) => [
      await tx.get(Things, 'x'),
      await tx.update(Things, 'x', { $set: { name: 'x' } }),
      await tx.remove(Things, 'x'),
    ]);
    expect(outcome).toEqual([null, false, false]);
    for (const request of insideTransaction(requests())) expect(request.transactionId).toBe('tx-1');
  });

  it('rolls back and lets the error out when work throws', async () => {
    const { db, requests } = recordingDatabase();
    const failure = new Error('use case failed');
    await expect(
      createCloudbaseStore(db).transaction(async (tx) => {
        await tx.insert(Things, { _id: 'b', name: 'b' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(requests().map((request) => request.action)).toEqual([
      'database.startTransaction',
      'database.insertDocument',
      'database.abortTransaction',
    ]);
  });

  it('turns a duplicate insert inside the transaction into DuplicateIdError and rolls back', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.insertDocument', { throw: tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate') });
    await expect(createCloudbaseStore(db).transaction((tx) => tx.insert(Things, { _id: 'b', name: 'b' }))).rejects.toBeInstanceOf(DuplicateIdError);
    expect(requests().at(-1)?.action).toBe('database.abortTransaction');
  });

  it('runs work again when CloudBase reports a write conflict', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', { throw: tcbError('DATABASE_TRANSACTION_CONFLICT', 'conflict') });
    let runs = 0;
    await createCloudbaseStore(db).transaction(async (tx) => {
      runs += 1;
      await tx.update(Things, 'a', { $set: { name: 'a' } });
    });
    expect(runs).toBe(2);
    expect(requests().filter((request) => request.action === 'database.startTransaction')).toHaveLength(2);
    expect(requests().at(-1)?.action).toBe('database.commitTransaction');
  });

  it('increments inside the transaction: an update, or the counter created when there is none', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(1), updatedReply(0));
    await createCloudbaseStore(db).transaction(async (tx) => {
      await tx.increment(Tallies, 'seq', { value: 1 }, { kind: 'sequence' });
      await tx.increment(Tallies, 'other', { value: 1 }, { kind: 'sequence' });
    });
    expect(insideTransaction(requests()).map((request) => [request.action, request.transactionId])).toEqual([
      ['database.modifyDocument', 'tx-1'],
      ['database.modifyDocument', 'tx-1'],
      ['database.insertDocument', 'tx-1'],
    ]);
  });

  it('reruns the whole work when a concurrent call created the counter first, since the failed insert ended the transaction', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(0), updatedReply(1));
    reply('database.insertDocument', { throw: tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate') });
    let runs = 0;
    await createCloudbaseStore(db).transaction(async (tx) => {
      runs += 1;
      await tx.increment(Tallies, 'seq', { value: 1 }, { kind: 'sequence' });
    });
    expect(runs).toBe(2);
    expect(requests().map((request) => request.action)).toEqual([
      'database.startTransaction',
      'database.modifyDocument',
      'database.insertDocument',
      'database.startTransaction',
      'database.modifyDocument',
      'database.commitTransaction',
    ]);
  });

  it('keeps reads made inside the transaction checked against the schema', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.getDocument', documentsReply({ _id: 'a', name: 7 }));
    await expect(createCloudbaseStore(db).transaction((tx) => tx.get(Things, 'a'))).rejects.toThrow('things/a does not match its schema');
  });
});
