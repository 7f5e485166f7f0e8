import { z } from 'zod';
import {
  DuplicateIdError,
  InvalidCursorError,
  defineCollection,
  type CollectionDef,
  type Doc,
  type FindQuery,
  type OrderBy,
  type Page,
  type Store,
  type Where,
} from '../../ports/store.port';

/**
 * What every Store adapter must do, whatever the engine. Each test gets a fresh, empty store from
 * `makeStore`, opened with `contractCollections`.
 */

const ItemSchema = z.object({
  _id: z.string(),
  name: z.string(),
  group: z.string().nullable().optional(),
  rank: z.number().nullable().optional(),
  path: z.string().optional(),
  active: z.boolean().optional(),
  stock: z.number().optional(),
  note: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  meta: z
    .object({ color: z.string().optional(), size: z.object({ w: z.number(), h: z.number().optional() }).optional() })
    .optional(),
  extra: z.unknown().optional(),
});
type Item = z.infer<typeof ItemSchema>;

export const Items = defineCollection({
  name: 'contractItems',
  schema: ItemSchema,
  indexes: [{ fields: ['group', 'rank'] }, { fields: ['path'] }, { fields: ['active', 'name'] }, { fields: ['meta.color'] }],
});

/** Shaped like the real counters: dimensions as strings, metrics as numbers added with increment. */
const TallySchema = z.object({ _id: z.string(), kind: z.string() }).catchall(z.union([z.number(), z.string()]));
export const Tallies = defineCollection({ name: 'contractTallies', schema: TallySchema, indexes: [] });

const StrictSchema = z.object({ _id: z.string(), level: z.number().int().min(1) });
export const Strict = defineCollection({ name: 'contractStrict', schema: StrictSchema, indexes: [] });
/** The same table under a looser schema: how a document that drifted from `Strict` gets written. */
const StrictLoosely = defineCollection({ name: 'contractStrict', schema: z.object({ _id: z.string() }).passthrough(), indexes: [] });

export const contractCollections: readonly CollectionDef<Doc>[] = [Items, Tallies, Strict] as readonly CollectionDef<Doc>[];

const item = (_id: string, fields: Partial<Omit<Item, '_id'>> = {}): Item => ({ _id, name: _id, ...fields });
const idsOf = (docs: readonly Doc[]) => docs.map((doc) => doc._id);
const pad = (n: number) => String(n).padStart(3, '0');

/** Every page of a query, following nextCursor; also returns the page sizes. */
const allPages = async (store: Store, query: FindQuery) => {
  const items: Item[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Item> = await store.find(Items, { ...query, cursor });
    items.push(...page.items);
    sizes.push(page.items.length);
    cursor = page.nextCursor;
    if (sizes.length > 1000) throw new Error('paging does not end');
  } while (cursor !== null);
  return { items, sizes };
};

/** The order the port promises: each key in its direction, a missing field (null) smallest, `_id` last. */
const sortLikeStore = (docs: readonly Item[], orderBy: OrderBy): Item[] => {
  const order: OrderBy = [...orderBy, ['_id', 'asc']];
  const compare = (a: unknown, b: unknown): number => {
    if (a === b) return 0;
    if (a === null || a === undefined) return -1;
    if (b === null || b === undefined) return 1;
    return (a as string | number) < (b as string | number) ? -1 : 1;
  };
  return [...docs].sort((x, y) => {
    for (const [field, direction] of order) {
      const result = compare(x[field as keyof Item] ?? null, y[field as keyof Item] ?? null);
      if (result !== 0) return direction === 'asc' ? result : -result;
    }
    return 0;
  });
};

export const describeStoreContract = (name: string, makeStore: () => Promise<Store & { close?(): void }>) =>
  describe(`${name}: Store contract`, () => {
    let store: Store & { close?(): void };
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(() => store.close?.());

    describe('documents', () => {
      it('round-trips nested objects, arrays, booleans and null', async () => {
        const doc = item('a', {
          active: false,
          note: null,
          tags: ['骑手', 'x'],
          meta: { color: '红', size: { w: 1.5, h: 2 } },
          extra: { list: [1, 'two', true, null, { deep: false }], empty: {}, none: [], text: '{"not":"json"}' },
        });
        await store.insert(Items, doc);
        expect(await store.get(Items, 'a')).toEqual(doc);
      });

      it('returns null for a missing document', async () => {
        expect(await store.get(Items, 'nope')).toBeNull();
      });

      it('refuses a second document with the same _id and keeps the first', async () => {
        await store.insert(Items, item('a', { rank: 1 }));
        const error = await store.insert(Items, item('a', { rank: 2 })).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateIdError);
        expect(error).toMatchObject({ collection: 'contractItems', id: 'a' });
        expect(await store.get(Items, 'a')).toEqual(item('a', { rank: 1 }));
      });

      it('rejects a document failing the schema on insert and writes nothing', async () => {
        const bad = { _id: 's', level: 0 };
        await expect(store.insert(Strict, bad)).rejects.toThrow();
        await expect(store.insert(Items, { _id: 'i', name: 42 } as unknown as Item)).rejects.toThrow();
        expect(await store.get(Strict, 's')).toBeNull();
        expect(await store.get(Items, 'i')).toBeNull();
      });

      it('treats a stored document that drifted from the schema as an error on read', async () => {
        await store.insert(StrictLoosely, { _id: 'drifted', level: 'high' });
        await expect(store.get(Strict, 'drifted')).rejects.toThrow();
        await expect(store.find(Strict, {})).rejects.toThrow();
      });

      it('removes by _id, telling whether there was a document', async () => {
        await store.insert(Items, item('a'));
        expect(await store.remove(Items, 'a')).toBe(true);
        expect(await store.remove(Items, 'a')).toBe(false);
        expect(await store.get(Items, 'a')).toBeNull();
      });
    });

    describe('update', () => {
      beforeEach(async () => {
        await store.insert(Items, item('a', { rank: 1, note: 'n', meta: { color: 'red' }, stock: 5 }));
      });

      it('returns false for a missing document and creates nothing', async () => {
        expect(await store.update(Items, 'nope', { $set: { rank: 2 } })).toBe(false);
        expect(await store.get(Items, 'nope')).toBeNull();
      });

      it('returns true for an existing document even when nothing changes', async () => {
        expect(await store.update(Items, 'a', { $set: { rank: 1 } })).toBe(true);
      });

      it('sets values of every JSON type, keeping strings as strings', async () => {
        const values = { tags: ['x', 'y'], active: false, note: null, extra: { k: [1, { z: true }] }, name: '{"a":1}', group: 'true' };
        await store.update(Items, 'a', { $set: values });
        expect(await store.get(Items, 'a')).toEqual({ ...item('a', { rank: 1, meta: { color: 'red' }, stock: 5 }), ...values });
      });

      it('reaches into nested objects with dotted paths, creating them where needed', async () => {
        await store.update(Items, 'a', { $set: { 'meta.size.w': 3 } });
        expect((await store.get(Items, 'a'))?.meta).toEqual({ color: 'red', size: { w: 3 } });
      });

      it('increments numbers, counting a missing field as 0', async () => {
        await store.update(Items, 'a', { $inc: { stock: -2, rank: 0.5, 'meta.size.w': 4 } });
        const doc = await store.get(Items, 'a');
        expect([doc?.stock, doc?.rank, doc?.meta?.size?.w]).toEqual([3, 1.5, 4]);
      });

      it('unsets fields, nested ones included', async () => {
        await store.update(Items, 'a', { $unset: ['note', 'meta.color'], $set: { group: 'g' } });
        expect(await store.get(Items, 'a')).toEqual(item('a', { rank: 1, meta: {}, stock: 5, group: 'g' }));
      });

      it('counts the documents updateWhere changed: 0 when the condition fails', async () => {
        await store.insert(Items, item('b', { stock: 0 }));
        await store.insert(Items, item('c', { stock: 2 }));
        expect(await store.updateWhere(Items, { _id: 'b', stock: { $gt: 0 } }, { $inc: { stock: -1 } })).toBe(0);
        expect(await store.updateWhere(Items, { stock: { $gt: 0 } }, { $inc: { stock: -1 } })).toBe(2);
        expect((await store.find(Items, { orderBy: [['_id', 'asc']] })).items.map((doc) => doc.stock)).toEqual([4, 0, 1]);
      });

      it('never sells more than the stock when 50 buyers race for 20', async () => {
        await store.insert(Items, item('pack', { stock: 20 }));
        const results = await Promise.all(
          Array.from({ length: 50 }, () => store.updateWhere(Items, { _id: 'pack', stock: { $gt: 0 } }, { $inc: { stock: -1 } })),
        );
        expect(results.filter((changed) => changed === 1)).toHaveLength(20);
        expect(results.filter((changed) => changed === 0)).toHaveLength(30);
        expect((await store.get(Items, 'pack'))?.stock).toBe(0);
      });

      it('counts the documents removeWhere removed', async () => {
        await store.insert(Items, item('b', { group: 'g' }));
        await store.insert(Items, item('c', { group: 'g' }));
        expect(await store.removeWhere(Items, { group: 'none' })).toBe(0);
        expect(await store.removeWhere(Items, { group: 'g' })).toBe(2);
        expect(idsOf((await store.find(Items)).items)).toEqual(['a']);
      });
    });

    describe('conditions', () => {
      const docs = [
        item('a', { name: 'Alice 张三', group: 'g1', rank: 1, path: '/root/a/', active: true, note: null }),
        item('b', { name: 'Bob 李四', group: 'g1', rank: 2, path: '/root/a/b/', active: false }),
        item('c', { name: 'Carol 王五', group: 'g2', rank: 3, path: '/root/ab/', active: true, note: 'x' }),
        item('d', { name: 'Dave', group: 'g2', rank: null, path: '/root/' }),
        item('e', { name: 'Eve 张', rank: 10, path: '/other/', meta: { color: 'red' } }),
      ];
      beforeEach(async () => {
        for (const doc of docs) await store.insert(Items, doc);
      });

      const matching = async (where: Where) => {
        const found = idsOf((await store.find(Items, { where, limit: 100 })).items);
        expect(await store.count(Items, where)).toBe(found.length);
        return found;
      };

      it.each<[string, Where, string[]]>([
        ['a string', { group: 'g1' }, ['a', 'b']],
        ['a number', { rank: 2 }, ['b']],
        ['the number 1', { rank: 1 }, ['a']],
        ['true', { active: true }, ['a', 'c']],
        ['false', { active: false }, ['b']],
        ['null: missing or null', { note: null }, ['a', 'b', 'd', 'e']],
        ['$eq', { rank: { $eq: 3 } }, ['c']],
        ['_id', { _id: 'b' }, ['b']],
        ['a dotted path', { 'meta.color': 'red' }, ['e']],
        ['several fields (all must hold)', { group: 'g1', active: true }, ['a']],
      ])('matches equality on %s', async (_, where, expected) => {
        expect(await matching(where)).toEqual(expected);
      });

      it.each<[string, Where, string[]]>([
        ['a string, matching documents missing the field', { group: { $ne: 'g1' } }, ['c', 'd', 'e']],
        ['true', { active: { $ne: true } }, ['b', 'd', 'e']],
        ['null: present and not null', { note: { $ne: null } }, ['c']],
        ['a number, matching null and missing', { rank: { $ne: 1 } }, ['b', 'c', 'd', 'e']],
        ['false', { active: { $ne: false } }, ['a', 'c', 'd', 'e']],
      ])('matches $ne on %s', async (_, where, expected) => {
        expect(await matching(where)).toEqual(expected);
      });

      it.each<[string, Where, string[]]>([
        ['$gt with $lte', { rank: { $gt: 1, $lte: 3 } }, ['b', 'c']],
        ['$gte', { rank: { $gte: 3 } }, ['c', 'e']],
        ['$lt, never matching null', { rank: { $lt: 3 } }, ['a', 'b']],
        ['strings', { name: { $gte: 'B', $lt: 'D' } }, ['b', 'c']],
        ['a number bound, never matching strings', { group: { $gt: 0 } }, []],
        ['a string bound, never matching numbers', { rank: { $lt: 'z' } }, []],
      ])('matches ranges: %s', async (_, where, expected) => {
        expect(await matching(where)).toEqual(expected);
      });

      it.each<[string, Where, string[]]>([
        ['strings', { group: { $in: ['g2', 'zz'] } }, ['c', 'd']],
        ['numbers', { rank: { $in: [1, 10] } }, ['a', 'e']],
        ['null (missing) among values', { group: { $in: ['g1', null] } }, ['a', 'b', 'e']],
        ['booleans', { active: { $in: [false] } }, ['b']],
        ['_id', { _id: { $in: ['a', 'c', 'zz'] } }, ['a', 'c']],
        ['an empty list', { group: { $in: [] } }, []],
      ])('matches $in on %s', async (_, where, expected) => {
        expect(await matching(where)).toEqual(expected);
      });

      it('matches $prefix as a path prefix: /root/a/ covers /root/a/b/ but not /root/ab/', async () => {
        expect(await matching({ path: { $prefix: '/root/a/' } })).toEqual(['a', 'b']);
        expect(await matching({ path: { $prefix: '/root/' } })).toEqual(['a', 'b', 'c', 'd']);
        expect(await matching({ path: { $prefix: '/root/ab/' } })).toEqual(['c']);
        expect(await matching({ path: { $prefix: '/nowhere/' } })).toEqual([]);
      });

      it('matches $contains as a case-sensitive substring, Chinese included', async () => {
        expect(await matching({ name: { $contains: '张' } })).toEqual(['a', 'e']);
        expect(await matching({ name: { $contains: '李四' } })).toEqual(['b']);
        expect(await matching({ name: { $contains: 'alice' } })).toEqual([]);
        expect(await matching({ name: { $contains: 'ar' } })).toEqual(['c']);
      });

      it('combines operators with a prefix scope', async () => {
        expect(await matching({ path: { $prefix: '/root/' }, active: true, rank: { $gte: 2 } })).toEqual(['c']);
      });

      it('counts everything without a where', async () => {
        expect(await store.count(Items)).toBe(5);
        expect(await store.count(Items, {})).toBe(5);
      });
    });

    describe('order and paging', () => {
      const groups = ['g0', 'g1', 'g2'];
      const many = Array.from({ length: 250 }, (_, i) => item(`p${pad((i * 97) % 250)}`, { group: groups[i % 3], rank: i % 7 }));

      it('orders ascending and descending on several fields, ties broken by _id', async () => {
        const docs = [
          item('x1', { group: 'b', rank: 1 }),
          item('x2', { group: 'a', rank: 1 }),
          item('x3', { group: 'b', rank: 2 }),
          item('x4', { group: 'a', rank: 2 }),
          item('x5', { group: 'b', rank: 2 }),
          item('x0', { group: 'a', rank: 1 }),
        ];
        for (const doc of docs) await store.insert(Items, doc);
        const find = async (orderBy: OrderBy) => idsOf((await store.find(Items, { orderBy })).items);
        expect(await find([['group', 'asc'], ['rank', 'desc']])).toEqual(['x4', 'x0', 'x2', 'x3', 'x5', 'x1']);
        expect(await find([['group', 'desc'], ['rank', 'asc']])).toEqual(['x1', 'x3', 'x5', 'x0', 'x2', 'x4']);
        expect(await find([['rank', 'desc']])).toEqual(['x3', 'x4', 'x5', 'x0', 'x1', 'x2']);
      });

      it.each<[string, FindQuery, number[]]>([
        ['ascending', { orderBy: [['rank', 'asc']], limit: 100 }, [100, 100, 50]],
        ['descending, mixed with ascending', { orderBy: [['group', 'desc'], ['rank', 'asc']], limit: 100 }, [100, 100, 50]],
        ['when the last page is exactly full', { orderBy: [['rank', 'desc']], limit: 50 }, [50, 50, 50, 50, 50]],
        ['by _id alone', { limit: 100 }, [100, 100, 50]],
      ])('pages through 250 documents %s, with no duplicates and no gaps', async (_, query, sizes) => {
        for (const doc of many) await store.insert(Items, doc);
        const paged = await allPages(store, query);
        expect(paged.sizes).toEqual(sizes);
        expect(idsOf(paged.items)).toEqual(idsOf(sortLikeStore(many, query.orderBy ?? [])));
      });

      it('pages through a filtered query', async () => {
        for (const doc of many) await store.insert(Items, doc);
        const query: FindQuery = { where: { group: 'g1', rank: { $gte: 2 } }, orderBy: [['rank', 'desc']], limit: 7 };
        const expected = sortLikeStore(many.filter((doc) => doc.group === 'g1' && (doc.rank ?? 0) >= 2), [['rank', 'desc']]);
        const paged = await allPages(store, query);
        expect(idsOf(paged.items)).toEqual(idsOf(expected));
        expect(paged.sizes.slice(0, -1).every((size) => size === 7)).toBe(true);
      });

      it('puts documents missing the sort field first ascending and last descending, and pages across them', async () => {
        const docs = Array.from({ length: 30 }, (_, i) =>
          i % 3 === 0 ? item(`n${pad(i)}`) : item(`n${pad(i)}`, { rank: i % 4 === 0 ? null : i % 5 }),
        );
        for (const doc of docs) await store.insert(Items, doc);
        for (const direction of ['asc', 'desc'] as const) {
          const orderBy: OrderBy = [['rank', direction]];
          const paged = await allPages(store, { orderBy, limit: 4 });
          expect(idsOf(paged.items)).toEqual(idsOf(sortLikeStore(docs, orderBy)));
        }
      });

      it('returns 20 documents by default and a null cursor on the last page', async () => {
        for (const doc of many.slice(0, 25)) await store.insert(Items, doc);
        const first = await store.find(Items);
        expect(first.items).toHaveLength(20);
        const second = await store.find(Items, { cursor: first.nextCursor });
        expect(second.items).toHaveLength(5);
        expect(second.nextCursor).toBeNull();
        expect((await store.find(Items, { where: { group: 'none' } })).nextCursor).toBeNull();
      });

      it('rejects a limit outside 1..100', async () => {
        for (const limit of [0, 101, 1.5, -1]) await expect(store.find(Items, { limit })).rejects.toThrow(RangeError);
        await expect(store.find(Items, { limit: 100 })).resolves.toEqual({ items: [], nextCursor: null });
      });

      it('rejects a cursor it did not make', async () => {
        for (const cursor of ['not a cursor', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('[{"a":1}]').toString('base64url')]) {
          await expect(store.find(Items, { cursor })).rejects.toThrow(InvalidCursorError);
        }
      });
    });

    describe('increment', () => {
      it('creates the document from init with the added values, then adds to it', async () => {
        await store.increment(Tallies, 't', { approved: 1, pending: 2 }, { kind: 'members' });
        expect(await store.get(Tallies, 't')).toEqual({ _id: 't', kind: 'members', approved: 1, pending: 2 });
        await store.increment(Tallies, 't', { approved: 1, withdrawn: 1 }, { kind: 'members' });
        expect(await store.get(Tallies, 't')).toEqual({ _id: 't', kind: 'members', approved: 2, pending: 2, withdrawn: 1 });
      });

      it('loses no increment when many race to create the same counter', async () => {
        await Promise.all(Array.from({ length: 30 }, () => store.increment(Tallies, 'race', { n: 1 }, { kind: 'k' })));
        expect((await store.get(Tallies, 'race'))?.n).toBe(30);
      });
    });

    describe('transaction', () => {
      it('commits every write and returns what work returned', async () => {
        await store.insert(Items, item('stock', { stock: 3 }));
        const result = await store.transaction(async (tx) => {
          await tx.insert(Items, item('claim'));
          expect(await tx.update(Items, 'stock', { $inc: { stock: -1 } })).toBe(true);
          await tx.increment(Tallies, 'claims', { n: 1 }, { kind: 'claims' });
          return (await tx.get(Items, 'stock'))?.stock;
        });
        expect(result).toBe(2);
        expect(await store.get(Items, 'claim')).not.toBeNull();
        expect((await store.get(Tallies, 'claims'))?.n).toBe(1);
      });

      it('rolls back every write when work throws, and the error comes out', async () => {
        await store.insert(Items, item('keep', { rank: 1 }));
        await store.insert(Items, item('gone'));
        const failure = new Error('changed my mind');
        await expect(
          store.transaction(async (tx) => {
            await tx.insert(Items, item('new'));
            await tx.update(Items, 'keep', { $set: { rank: 2 } });
            await tx.remove(Items, 'gone');
            await tx.increment(Tallies, 'count', { n: 1 }, { kind: 'k' });
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.get(Items, 'new')).toBeNull();
        expect(await store.get(Items, 'keep')).toEqual(item('keep', { rank: 1 }));
        expect(await store.get(Items, 'gone')).not.toBeNull();
        expect(await store.get(Tallies, 'count')).toBeNull();
      });

      it('rolls back earlier writes when an insert conflicts', async () => {
        await store.insert(Items, item('taken'));
        const error = await store
          .transaction(async (tx) => {
            await tx.insert(Items, item('first'));
            await tx.insert(Items, item('taken', { rank: 9 }));
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateIdError);
        expect(await store.get(Items, 'first')).toBeNull();
        expect(await store.get(Items, 'taken')).toEqual(item('taken'));
      });

      it('sees its own writes, and removes', async () => {
        await store.insert(Items, item('old'));
        await store.transaction(async (tx) => {
          await tx.insert(Items, item('new'));
          expect(await tx.get(Items, 'new')).toEqual(item('new'));
          expect(await tx.remove(Items, 'old')).toBe(true);
          expect(await tx.get(Items, 'old')).toBeNull();
          expect(await tx.update(Items, 'old', { $set: { rank: 1 } })).toBe(false);
        });
        expect(idsOf((await store.find(Items)).items)).toEqual(['new']);
      });
    });
  });
