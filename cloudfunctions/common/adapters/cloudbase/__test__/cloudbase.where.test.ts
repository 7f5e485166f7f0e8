import { createCloudbaseStore } from '../cloudbase.store';
import { Things } from './fixtures';
import { recordingDatabase } from './recording-database';

/** The `query` CloudBase would receive for `store.find(Things, {where})`. */
const sentQueryOf = async (where: Parameters<ReturnType<typeof createCloudbaseStore>['find']>[1]) => {
  const { db, requests } = recordingDatabase();
  await createCloudbaseStore(db).find(Things, where);
  const [request] = requests('database.getDocument');
  return request.query;
};

describe('cloudbase store: conditions as the query CloudBase receives', () => {
  it('sends plain values as equality, dotted paths as they are', async () => {
    expect(await sentQueryOf({ where: { status: 'pending', 'target.id': 'u-1', active: true, rank: null, stock: 3 } })).toEqual({
      status: 'pending',
      'target.id': 'u-1',
      active: true,
      rank: null,
      stock: { $numberInt: '3' },
    });
  });

  it('sends $eq, $ne, $gt, $gte, $lt, $lte as the matching MongoDB operators', async () => {
    expect(
      await sentQueryOf({
        where: { name: { $eq: 'a' }, status: { $ne: 'approved' }, rank: { $gt: 1 }, stock: { $gte: 2.5 }, unionPath: { $lt: 'z' }, 'consent.at': { $lte: 1700000000000 } },
      }),
    ).toEqual({
      name: { $eq: 'a' },
      status: { $ne: 'approved' },
      rank: { $gt: { $numberInt: '1' } },
      stock: { $gte: { $numberDouble: '2.5' } },
      unionPath: { $lt: 'z' },
      'consent.at': { $lte: { $numberLong: '1700000000000' } },
    });
  });

  it('sends $ne null, which also matches documents missing the field in MongoDB', async () => {
    expect(await sentQueryOf({ where: { rank: { $ne: null } } })).toEqual({ rank: { $ne: null } });
  });

  it('sends $in with its values, null and booleans included', async () => {
    expect(await sentQueryOf({ where: { status: { $in: ['pending', null] }, active: { $in: [true] } } })).toEqual({
      status: { $in: ['pending', null] },
      active: { $in: [true] },
    });
  });

  it('sends $prefix as the range [prefix, prefix with its last character incremented)', async () => {
    expect(await sentQueryOf({ where: { unionPath: { $prefix: '/root/a/' } } })).toEqual({
      $and: [{ unionPath: { $gte: '/root/a/' } }, { unionPath: { $lt: '/root/a0' } }],
    });
  });

  it('sends $contains as an escaped regular expression: a literal, case-sensitive substring', async () => {
    expect(await sentQueryOf({ where: { name: { $contains: '王(小)二.*' } } })).toEqual({
      name: { $regularExpression: { pattern: '王\\(小\\)二\\.\\*', options: '' } },
    });
  });

  it('sends several operators on one field as all of them', async () => {
    expect(await sentQueryOf({ where: { rank: { $gte: 1, $lt: 5 }, status: 'pending' } })).toEqual({
      status: 'pending',
      $and: [{ rank: { $gte: { $numberInt: '1' } } }, { rank: { $lt: { $numberInt: '5' } } }],
    });
  });

  it('combines a prefix scope with a text search on another field', async () => {
    expect(await sentQueryOf({ where: { unionPath: { $prefix: '/r/' }, name: { $contains: '站' } } })).toEqual({
      $and: [{ unionPath: { $gte: '/r/' } }, { unionPath: { $lt: '/r0' } }],
      name: { $regularExpression: { pattern: '站', options: '' } },
    });
  });

  it('sends an empty query when there is no where', async () => {
    expect(await sentQueryOf({})).toEqual({});
  });

  it.each([
    ['an unknown operator', { name: { $regex: 'a' } }],
    ['an empty operator object', { name: {} }],
    ['an undefined condition', { name: undefined }],
    ['an undefined operand', { name: { $eq: undefined } }],
    ['an operator-looking path', { $where: 'a' }],
    ['a non-array $in', { name: { $in: 'a' } }],
    ['an object operand', { rank: { $gt: { $numberInt: '1' } } }],
  ])('refuses %s and sends nothing', async (_label, where) => {
    const { db, sent } = recordingDatabase();
    await expect(createCloudbaseStore(db).find(Things, { where: where as never })).rejects.toThrow(TypeError);
    expect(sent).toEqual([]);
  });
});
