import { DuplicateIdError } from '../../../ports/store.port';
import { InvalidDocumentError } from '../cloudbase.documents';
import { createCloudbaseStore } from '../cloudbase.store';
import { Tallies, Things } from './fixtures';
import { deletedReply, documentsReply, recordingDatabase, updatedReply } from './recording-database';

/** A TcbError as node-sdk throws it. */
const tcbError = (code: string, message: string) => Object.assign(new Error(message), { code, message, requestId: 'req-1' });

describe('cloudbase store: updates', () => {
  it('sends updateWhere as one where().update(): $set replaces values whole, $inc adds, $unset removes', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(1));
    const changed = await createCloudbaseStore(db).updateWhere(
      Things,
      { _id: 'x', stock: { $gt: 0 } },
      { $set: { status: 'approved', consent: { version: 'v2' }, tags: ['a'] }, $inc: { stock: -1 }, $unset: ['rank', 'target.id'] },
    );
    expect(changed).toBe(1);
    expect(requests()).toEqual([
      {
        action: 'database.modifyDocument',
        collectionName: 'things',
        queryType: 'WHERE',
        multi: true,
        merge: true,
        upsert: false,
        query: { _id: 'x', stock: { $gt: { $numberInt: '0' } } },
        data: {
          // Wrapped in _.set: a plain object would be merged key by key, keeping stale keys.
          $set: { status: 'approved', consent: { version: 'v2' }, tags: ['a'] },
          $inc: { stock: { $numberInt: '-1' } },
          $unset: { rank: '', 'target.id': '' },
        },
      },
    ]);
  });

  it('returns what CloudBase says updateWhere changed: 0 when the condition no longer holds', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(0));
    expect(await createCloudbaseStore(db).updateWhere(Things, { _id: 'x', stock: { $gt: 0 } }, { $inc: { stock: -1 } })).toBe(0);
  });

  it('updates one document by _id and reports it changed without reading it', async () => {
    const { db, requests } = recordingDatabase();
    expect(await createCloudbaseStore(db).update(Things, 'x', { $set: { 'consent.at': 5 } })).toBe(true);
    expect(requests()).toEqual([
      expect.objectContaining({
        action: 'database.modifyDocument',
        queryType: 'DOC',
        query: { _id: 'x' },
        multi: false,
        data: { $set: { 'consent.at': { $numberInt: '5' } } },
      }),
    ]);
  });

  it('tells a missing document from an unchanged one with a read, only when nothing was updated', async () => {
    const { db, reply, requests } = recordingDatabase();
    const store = createCloudbaseStore(db);
    reply('database.modifyDocument', updatedReply(0), updatedReply(0));
    reply('database.getDocument', documentsReply(), documentsReply({ _id: 'y', name: 'y' }));
    expect(await store.update(Things, 'x', { $set: { name: 'x' } })).toBe(false);
    expect(await store.update(Things, 'y', { $set: { name: 'y' } })).toBe(true);
    expect(requests().map((request) => request.action)).toEqual([
      'database.modifyDocument',
      'database.getDocument',
      'database.modifyDocument',
      'database.getDocument',
    ]);
  });

  it.each([
    ['two changes to one field', { $set: { stock: 1 }, $inc: { stock: 1 } }],
    ['a field and a field inside it', { $set: { consent: { version: 'v' } }, $unset: ['consent.at'] }],
    ['_id', { $set: { _id: 'y' } }],
    ['an unknown operator', { $push: { tags: 'a' } }],
    ['an undefined value', { $set: { name: undefined } }],
    ['a non-number increment', { $inc: { stock: '1' } }],
    ['an operator-looking path', { $set: { $where: 1 } }],
  ])('refuses a patch with %s and sends nothing', async (_label, patch) => {
    const { db, sent } = recordingDatabase();
    await expect(createCloudbaseStore(db).updateWhere(Things, { _id: 'x' }, patch as never)).rejects.toThrow(TypeError);
    expect(sent).toEqual([]);
  });

  it('answers an empty patch without an update CloudBase would reject', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.calculateDocument', { requestId: 'r', data: { total: 2 } });
    expect(await createCloudbaseStore(db).updateWhere(Things, { status: 'pending' }, {})).toBe(2);
    expect(requests().map((request) => request.action)).toEqual(['database.calculateDocument']);
  });

  it('removes by _id and by condition, returning what was deleted', async () => {
    const { db, reply, requests } = recordingDatabase();
    const store = createCloudbaseStore(db);
    reply('database.removeDocument', deletedReply(0), deletedReply(3));
    expect(await store.remove(Things, 'x')).toBe(false);
    expect(await store.removeWhere(Things, { status: 'pending' })).toBe(3);
    expect(requests()).toEqual([
      expect.objectContaining({ action: 'database.removeDocument', queryType: 'DOC', query: { _id: 'x' }, multi: false }),
      expect.objectContaining({ action: 'database.removeDocument', queryType: 'WHERE', query: { status: 'pending' }, multi: true }),
    ]);
  });

  it('surfaces an error CloudBase hands back as a value instead of reading it as "nothing changed"', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.modifyDocument', { code: 'DATABASE_PERMISSION_DENIED', message: 'denied', requestId: 'r' });
    await expect(createCloudbaseStore(db).updateWhere(Things, { _id: 'x' }, { $inc: { stock: 1 } })).rejects.toThrow('DATABASE_PERMISSION_DENIED');
  });
});

describe('cloudbase store: inserts and duplicate _ids', () => {
  it('inserts the document with its _id', async () => {
    const { db, requests } = recordingDatabase();
    await createCloudbaseStore(db).insert(Things, { _id: 'x', name: '站点', consent: { version: 'v1' } });
    expect(requests()).toEqual([
      { action: 'database.insertDocument', collectionName: 'things', data: [{ _id: 'x', name: '站点', consent: { version: 'v1' } }] },
    ]);
  });

  it.each([
    ['node-sdk code DATABASE_DUPLICATE_WRITE', tcbError('DATABASE_DUPLICATE_WRITE', '[FailedOperation.DuplicateWrite] multiple write,duplicate key error collection')],
    ['the server marker under a generic code', tcbError('DATABASE_REQUEST_FAILED', '[FailedOperation.DuplicateWrite] multiple write,duplicate key error collection')],
    ['MongoDB E11000 on the _id index', tcbError('DATABASE_REQUEST_FAILED', 'E11000 duplicate key error collection: tcb.things index: _id_ dup key: { _id: "x" }')],
    ['the wx-server-sdk shape (errCode -502001, errMsg)', { errCode: -502001, errMsg: 'E11000 duplicate key error collection: things' }],
  ])('turns a duplicate key (%s) into DuplicateIdError', async (_label, error) => {
    const { db, reply } = recordingDatabase();
    reply('database.insertDocument', { throw: error });
    const inserting = createCloudbaseStore(db).insert(Things, { _id: 'x', name: 'x' });
    await expect(inserting).rejects.toBeInstanceOf(DuplicateIdError);
    await expect(inserting).rejects.toMatchObject({ collection: 'things', id: 'x' });
  });

  it('turns a duplicate CloudBase hands back as a value into DuplicateIdError too', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.insertDocument', { code: 'DATABASE_DUPLICATE_WRITE', message: 'duplicate', requestId: 'r' });
    await expect(createCloudbaseStore(db).insert(Things, { _id: 'x', name: 'x' })).rejects.toBeInstanceOf(DuplicateIdError);
  });

  it.each([
    ['a generic request failure', tcbError('DATABASE_REQUEST_FAILED', 'database request failed')],
    ['a bare -502001', { errCode: -502001, errMsg: '云资源数据库错误：数据库请求失败' }],
    ['a duplicate on another unique index', tcbError('DATABASE_DUPLICATE_WRITE', 'E11000 duplicate key error collection: tcb.things index: phone_1 dup key: { phone: "x" }')],
    ['a permission error', tcbError('DATABASE_PERMISSION_DENIED', 'permission denied')],
  ])('passes %s through unchanged, not as a duplicate _id', async (_label, error) => {
    const { db, reply } = recordingDatabase();
    reply('database.insertDocument', { throw: error });
    const inserting = createCloudbaseStore(db).insert(Things, { _id: 'x', name: 'x' });
    await expect(inserting).rejects.toBe(error);
  });

  it('refuses a document failing the schema and sends nothing', async () => {
    const { db, sent } = recordingDatabase();
    await expect(createCloudbaseStore(db).insert(Things, { _id: 'x', name: 3 } as never)).rejects.toBeInstanceOf(InvalidDocumentError);
    expect(sent).toEqual([]);
  });
});

describe('cloudbase store: documents read are checked against the schema', () => {
  it('gets a document by _id, dropping fields the schema does not name (such as _openid)', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.getDocument', documentsReply({ _id: 'x', name: 'x', _openid: 'o' }));
    expect(await createCloudbaseStore(db).get(Things, 'x')).toEqual({ _id: 'x', name: 'x' });
    expect(requests()).toEqual([expect.objectContaining({ action: 'database.getDocument', queryType: 'DOC', query: { _id: 'x' } })]);
  });

  it('returns null for a missing document', async () => {
    const { db } = recordingDatabase();
    expect(await createCloudbaseStore(db).get(Things, 'x')).toBeNull();
  });

  it('treats a drifted document as an error naming the path, never the value', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.getDocument', documentsReply({ _id: 'x', name: '530321199001011234', status: 'unknown' }));
    const error = await createCloudbaseStore(db).get(Things, 'x').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect((error as Error).message).toBe('document things/x does not match its schema: status: invalid_enum_value');
    expect((error as Error).message).not.toContain('unknown');
  });

  it('refuses a page holding a drifted document', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.getDocument', documentsReply({ _id: 'a', name: 'a' }, { _id: 'b', name: 'b', rank: 'high' }));
    await expect(createCloudbaseStore(db).find(Things)).rejects.toThrow('things/b does not match its schema: rank: invalid_type');
  });
});

describe('cloudbase store: increment outside a transaction', () => {
  it('adds to an existing counter with one update and nothing else', async () => {
    const { db, requests } = recordingDatabase();
    await createCloudbaseStore(db).increment(Tallies, 'members:u1', { approved: 1, pending: -1 }, { kind: 'members' });
    expect(requests()).toEqual([
      expect.objectContaining({
        action: 'database.modifyDocument',
        queryType: 'DOC',
        query: { _id: 'members:u1' },
        data: { $inc: { approved: { $numberInt: '1' }, pending: { $numberInt: '-1' } } },
      }),
    ]);
  });

  it('creates a missing counter from init with the increments as its values', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(0));
    await createCloudbaseStore(db).increment(Tallies, 'members:u1', { approved: 1, pending: 0 }, { kind: 'members', month: '2026-11' });
    expect(requests().map((request) => [request.action, request.data])).toEqual([
      ['database.modifyDocument', { $inc: { approved: { $numberInt: '1' } } }],
      ['database.insertDocument', [{ kind: 'members', month: '2026-11', approved: { $numberInt: '1' }, pending: { $numberInt: '0' }, _id: 'members:u1' }]],
    ]);
  });

  it('updates again, once, when a concurrent call created the counter first', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(0), updatedReply(1));
    reply('database.insertDocument', { throw: tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate') });
    await createCloudbaseStore(db).increment(Tallies, 'members:u1', { approved: 1 }, { kind: 'members' });
    expect(requests().map((request) => request.action)).toEqual(['database.modifyDocument', 'database.insertDocument', 'database.modifyDocument']);
    expect(requests()[2].data).toEqual({ $inc: { approved: { $numberInt: '1' } } });
  });

  it('lets any other insert failure out', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.modifyDocument', updatedReply(0));
    reply('database.insertDocument', { throw: tcbError('SYS_ERR', 'system error') });
    await expect(createCloudbaseStore(db).increment(Tallies, 't', { n: 1 }, { kind: 'k' })).rejects.toThrow('system error');
  });
});
