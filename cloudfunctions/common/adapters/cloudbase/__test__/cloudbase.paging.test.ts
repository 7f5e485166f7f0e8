import { InvalidCursorError } from '../../../ports/store.port';
import { encodeCursor } from '../../paging';
import { createCloudbaseStore } from '../cloudbase.store';
import { Things } from './fixtures';
import { documentsReply, recordingDatabase } from './recording-database';

const thing = (_id: string, fields: Record<string, unknown> = {}) => ({ _id, name: _id, ...fields });

describe('cloudbase store: order, limit and keyset paging', () => {
  it('orders by the asked fields then _id, asks for one more than the page and reports a next cursor', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.getDocument', documentsReply(thing('a', { rank: 3 }), thing('b', { rank: 2 }), thing('c', { rank: 2 })));
    const page = await createCloudbaseStore(db).find(Things, { where: { status: 'pending' }, orderBy: [['rank', 'desc']], limit: 2 });

    expect(requests('database.getDocument')).toEqual([
      {
        action: 'database.getDocument',
        collectionName: 'things',
        queryType: 'WHERE',
        query: { status: 'pending' },
        order: { rank: { $numberInt: '-1' }, _id: { $numberInt: '1' } },
        limit: 3,
      },
    ]);
    expect(page.items.map((item) => item._id)).toEqual(['a', 'b']);
    expect(page.nextCursor).toBe(encodeCursor([2, 'b']));
  });

  it('gives a null cursor on the last page', async () => {
    const { db, reply } = recordingDatabase();
    reply('database.getDocument', documentsReply(thing('a')));
    expect(await createCloudbaseStore(db).find(Things, { limit: 2 })).toEqual({ items: [thing('a')], nextCursor: null });
  });

  it('asks for 21 by default (20 and one to look ahead) and refuses limits outside 1..100', async () => {
    const { db, requests, sent } = recordingDatabase();
    const store = createCloudbaseStore(db);
    await store.find(Things);
    expect(requests('database.getDocument')[0].limit).toBe(21);
    await expect(store.find(Things, { limit: 101 })).rejects.toThrow(RangeError);
    await expect(store.find(Things, { limit: 0 })).rejects.toThrow(RangeError);
    expect(sent).toHaveLength(1);
  });

  it('keeps an explicit _id order as the last key instead of adding another', async () => {
    const { db, requests } = recordingDatabase();
    await createCloudbaseStore(db).find(Things, { orderBy: [['_id', 'desc']] });
    expect(requests('database.getDocument')[0].order).toEqual({ _id: { $numberInt: '-1' } });
  });

  it('sends the next page as the where AND an _.or of "after the cursor" branches, for mixed directions', async () => {
    const { db, requests } = recordingDatabase();
    await createCloudbaseStore(db).find(Things, {
      where: { unionPath: { $prefix: '/r/' } },
      orderBy: [['status', 'asc'], ['rank', 'desc']],
      cursor: encodeCursor(['pending', 5, 'k']),
      limit: 10,
    });
    expect(requests('database.getDocument')[0].query).toEqual({
      $and: [
        { $and: [{ unionPath: { $gte: '/r/' } }, { unionPath: { $lt: '/r0' } }] },
        {
          $or: [
            { status: { $gt: 'pending' } },
            { status: 'pending', rank: { $lt: { $numberInt: '5' } } },
            // Descending, documents missing `rank` (null) come after every value.
            { status: 'pending', rank: null },
            { status: 'pending', rank: { $numberInt: '5' }, _id: { $gt: 'k' } },
          ],
        },
      ],
    });
  });

  it('continues after a null sort value: the non-null ones ascending, none descending', async () => {
    const { db, requests } = recordingDatabase();
    const store = createCloudbaseStore(db);
    await store.find(Things, { orderBy: [['rank', 'asc']], cursor: encodeCursor([null, 'k']) });
    await store.find(Things, { orderBy: [['rank', 'desc']], cursor: encodeCursor([null, 'k']) });
    const [ascending, descending] = requests('database.getDocument');
    expect(ascending.query).toEqual({ $or: [{ rank: { $ne: null } }, { rank: null, _id: { $gt: 'k' } }] });
    expect(descending.query).toEqual({ $or: [{ rank: null, _id: { $gt: 'k' } }] });
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['the wrong number of values', encodeCursor(['a'])],
    ['a null _id', encodeCursor([null, null])],
    ['an object value', encodeCursor([{ $gt: 1 } as never, 'k'])],
  ])('refuses a cursor holding %s and sends nothing', async (_label, cursor) => {
    const { db, sent } = recordingDatabase();
    await expect(createCloudbaseStore(db).find(Things, { orderBy: [['rank', 'asc']], cursor })).rejects.toThrow(InvalidCursorError);
    expect(sent).toEqual([]);
  });

  it('refuses an invalid sort field or direction', async () => {
    const { db, sent } = recordingDatabase();
    const store = createCloudbaseStore(db);
    await expect(store.find(Things, { orderBy: [['$natural', 'asc']] })).rejects.toThrow(TypeError);
    await expect(store.find(Things, { orderBy: [['rank', 'up' as never]] })).rejects.toThrow(TypeError);
    expect(sent).toEqual([]);
  });

  it('counts with the same query', async () => {
    const { db, reply, requests } = recordingDatabase();
    reply('database.calculateDocument', { requestId: 'r', data: { total: 7 } });
    expect(await createCloudbaseStore(db).count(Things, { status: 'pending' })).toBe(7);
    expect(requests()).toEqual([{ action: 'database.calculateDocument', collectionName: 'things', queryType: 'WHERE', query: { status: 'pending' } }]);
  });
});
