import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { defineCollection, type CollectionDef, type Doc } from '../../../ports/store.port';
import { Items, Tallies, contractCollections, describeStoreContract } from '../../__test__/store.contract';
import { buildFindSql } from '../sqlite.find';
import { InvalidDocumentError } from '../sqlite.documents';
import { openSqliteStore, type SqliteStore } from '../sqlite.store';

const tempDirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nuanxin-store-'));
  tempDirs.push(dir);
  return join(dir, 'store.db');
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeStoreContract('sqlite in memory', async () => openSqliteStore({ file: ':memory:', collections: contractCollections }));
describeStoreContract('sqlite in a WAL file', async () => openSqliteStore({ file: tempFile(), collections: contractCollections }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sqlite store', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openSqliteStore({ file: ':memory:', collections: contractCollections });
  });
  afterEach(() => store.close());

  describe('files', () => {
    it('uses WAL on a file and keeps the data across close and reopen', async () => {
      const file = tempFile();
      const first = openSqliteStore({ file, collections: contractCollections });
      expect(first.database.pragma('journal_mode', { simple: true })).toBe('wal');
      await first.insert(Items, { _id: 'kept', name: '留下' });
      first.close();
      const second = openSqliteStore({ file, collections: contractCollections });
      expect(await second.get(Items, 'kept')).toEqual({ _id: 'kept', name: '留下' });
      second.close();
    });

    it('follows index declarations in code: a changed index replaces the old one on open', () => {
      const file = tempFile();
      const v1 = defineCollection({ name: 'evolving', schema: z.object({ _id: z.string() }), indexes: [{ fields: ['a'] }] });
      const v2 = { ...v1, indexes: [{ fields: ['b', 'c.d'] }] };
      openSqliteStore({ file, collections: [v1] as CollectionDef<Doc>[] }).close();
      const reopened = openSqliteStore({ file, collections: [v2] as CollectionDef<Doc>[] });
      const names = reopened.database.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evolving' AND name LIKE 'ix:%'`).pluck().all();
      expect(names).toEqual(['ix:evolving(b,c.d,_id)']);
      reopened.close();
    });
  });

  describe('indexes', () => {
    const planOf = (query: Parameters<typeof buildFindSql>[1]) => {
      const { sql, params } = buildFindSql('"contractItems"', query);
      const rows = store.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
      return rows.map((row) => row.detail).join('\n');
    };

    it('serves equality and order on indexed fields from the expression index', () => {
      const plan = planOf({ where: { group: 'g1' }, orderBy: [['rank', 'asc']] });
      expect(plan).toMatch(/SEARCH contractItems USING INDEX ix:contractItems\(group,rank,_id\)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    });

    it('serves a $prefix scope as an index range', () => {
      expect(planOf({ where: { path: { $prefix: '/root/a/' } } })).toMatch(/USING INDEX ix:contractItems\(path,_id\) \(<expr>>\? AND <expr><\?\)/);
    });

    it('serves booleans and dotted paths from their indexes', () => {
      expect(planOf({ where: { active: true }, orderBy: [['name', 'asc']] })).toMatch(/USING INDEX ix:contractItems\(active,name,_id\)/);
      expect(planOf({ where: { 'meta.color': 'red' } })).toMatch(/USING INDEX ix:contractItems\(meta.color,_id\)/);
    });

    it('seeks the index to the cursor on later pages', async () => {
      for (let i = 0; i < 30; i += 1) await store.insert(Items, { _id: `i${i}`, name: 'x', group: 'g', rank: i });
      const { nextCursor } = await store.find(Items, { where: { group: 'g' }, orderBy: [['rank', 'asc']], limit: 10 });
      expect(planOf({ where: { group: 'g' }, orderBy: [['rank', 'asc']], cursor: nextCursor })).toMatch(
        /USING INDEX ix:contractItems\(group,rank,_id\) \(<expr>=\? AND <expr>>\?\)/,
      );
    });
  });

  describe('transactions and the lock', () => {
    it('refuses a call to the store itself from inside a transaction instead of deadlocking', async () => {
      await store.insert(Items, { _id: 'a', name: 'a' });
      const attempt = store.transaction(async (tx) => {
        await tx.insert(Items, { _id: 'b', name: 'b' });
        await store.get(Items, 'a');
      });
      await expect(attempt).rejects.toThrow("use the transaction's operations inside transaction()");
      expect(await store.get(Items, 'b')).toBeNull();
      await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toThrow(/transaction's operations/);
    });

    it('refuses the operations of a transaction that has ended', async () => {
      let leaked: Parameters<Parameters<SqliteStore['transaction']>[0]>[0] | undefined;
      await store.transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked!.get(Items, 'a')).rejects.toThrow(/has ended/);
    });

    it('makes other callers wait while a transaction is open, so they never see its uncommitted writes', async () => {
      const seen: Array<string | null> = [];
      const transaction = store.transaction(async (tx) => {
        await tx.insert(Items, { _id: 'maybe', name: 'x' });
        await sleep(20);
        throw new Error('no');
      });
      const reader = store.get(Items, 'maybe').then((doc) => seen.push(doc?._id ?? null));
      await expect(transaction).rejects.toThrow('no');
      await reader;
      expect(seen).toEqual([null]);
    });

    it('serializes 100 concurrent read-modify-write transactions on one counter', async () => {
      await store.insert(Tallies, { _id: 'c', kind: 'k', n: 0 });
      await Promise.all(
        Array.from({ length: 100 }, () =>
          store.transaction(async (tx) => {
            const counter = await tx.get(Tallies, 'c');
            await sleep(0);
            await tx.update(Tallies, 'c', { $set: { n: Number(counter?.n ?? 0) + 1 } });
          }),
        ),
      );
      expect((await store.get(Tallies, 'c'))?.n).toBe(100);
    });

    it('keeps working after a transaction failed on its COMMIT-less path', async () => {
      await expect(store.transaction(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
      expect(store.database.inTransaction).toBe(false);
      await store.insert(Items, { _id: 'after', name: 'ok' });
      expect(await store.count(Items)).toBe(1);
    });
  });

  describe('documents', () => {
    it('refuses a patch that would break the schema and changes nothing', async () => {
      await store.insert(Items, { _id: 'a', name: 'a', rank: 1 });
      await expect(store.update(Items, 'a', { $set: { rank: 'high' } })).rejects.toThrow(InvalidDocumentError);
      await expect(store.updateWhere(Items, {}, { $unset: ['name'] })).rejects.toThrow(InvalidDocumentError);
      expect(await store.get(Items, 'a')).toEqual({ _id: 'a', name: 'a', rank: 1 });
    });

    it('stores whole numbers as JSON integers after $inc', async () => {
      await store.insert(Items, { _id: 'a', name: 'a', stock: 5 });
      await store.update(Items, 'a', { $inc: { stock: -1 } });
      expect(store.database.prepare(`SELECT doc FROM "contractItems"`).pluck().get()).toBe('{"_id":"a","name":"a","stock":4}');
    });

    it('tells a boolean from the numbers 1 and 0', async () => {
      const Loose = defineCollection({ name: 'contractItems', schema: z.object({ _id: z.string() }).passthrough(), indexes: [] });
      await store.insert(Loose, { _id: 'one', active: 1 });
      await store.insert(Loose, { _id: 'yes', active: true });
      await store.insert(Loose, { _id: 'zero', active: 0 });
      const ids = async (where: Parameters<SqliteStore['count']>[1]) => (await store.find(Loose, { where })).items.map((d) => d._id);
      expect(await ids({ active: true })).toEqual(['yes']);
      expect(await ids({ active: 1 })).toEqual(['one']);
      expect(await ids({ active: { $ne: true } })).toEqual(['one', 'zero']);
      expect(await ids({ active: { $in: [false, 1] } })).toEqual(['one']);
    });

    it('refuses a collection it was not opened with', async () => {
      const Other = defineCollection({ name: 'other', schema: z.object({ _id: z.string() }), indexes: [] });
      await expect(store.get(Other, 'x')).rejects.toThrow(/not given to openSqliteStore/);
    });
  });

  describe('no SQL injection', () => {
    const hostile = `x' OR '1'='1'; DROP TABLE "contractItems"; --`;

    it('binds values: hostile strings match only themselves and are stored verbatim', async () => {
      await store.insert(Items, { _id: 'a', name: 'a' });
      await store.insert(Items, { _id: hostile, name: hostile });
      expect((await store.find(Items, { where: { name: hostile } })).items.map((d) => d._id)).toEqual([hostile]);
      expect(await store.count(Items, { name: { $prefix: hostile } })).toBe(1);
      expect(await store.count(Items, { name: { $contains: `' OR '1'='1` } })).toBe(1);
      await store.update(Items, 'a', { $set: { note: hostile } });
      expect((await store.get(Items, 'a'))?.note).toBe(hostile);
      expect(await store.removeWhere(Items, { _id: hostile })).toBe(1);
      expect(await store.count(Items)).toBe(1);
    });

    it('refuses field paths and operators that are not plain identifiers', async () => {
      const bad = ["name') OR 1=1 --", 'a..b', '$.x', 'a b', '1a', ''];
      for (const field of bad) {
        await expect(store.find(Items, { where: { [field]: 'x' } })).rejects.toThrow(TypeError);
        await expect(store.find(Items, { orderBy: [[field, 'asc']] })).rejects.toThrow(TypeError);
        await expect(store.update(Items, 'a', { $set: { [field]: 1 } })).rejects.toThrow(TypeError);
      }
      await expect(store.find(Items, { where: { name: { $where: '1' } as never } })).rejects.toThrow(TypeError);
      await expect(store.find(Items, { orderBy: [['name', 'asc; DROP TABLE x' as never]] })).rejects.toThrow(TypeError);
      await expect(store.updateWhere(Items, { name: undefined as never }, { $set: { note: 'all' } })).rejects.toThrow(TypeError);
    });

    it('refuses collection names that are not plain identifiers', () => {
      const Evil = defineCollection({ name: 'x"; DROP TABLE y; --', schema: z.object({ _id: z.string() }), indexes: [] });
      expect(() => openSqliteStore({ file: ':memory:', collections: [Evil] as CollectionDef<Doc>[] })).toThrow(TypeError);
    });
  });

  describe('$prefix upper bound', () => {
    it('matches strings continuing with the highest code points', async () => {
      for (const name of ['a', 'a\u{10FFFF}', 'a\u{10FFFF}z', 'a\uFFFF', 'a😀', 'b', '\u{10FFFF}x']) {
        await store.insert(Items, { _id: name, name });
      }
      const names = async (prefix: string) => (await store.find(Items, { where: { name: { $prefix: prefix } } })).items.map((d) => d.name).sort();
      expect(await names('a')).toEqual(['a', 'a\u{10FFFF}', 'a\u{10FFFF}z', 'a\uFFFF', 'a😀'].sort());
      expect(await names('a\u{10FFFF}')).toEqual(['a\u{10FFFF}', 'a\u{10FFFF}z'].sort());
      expect(await names('\u{10FFFF}')).toEqual(['\u{10FFFF}x']);
    });
  });
});
