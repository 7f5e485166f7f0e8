import { Items, contractCollections } from '../../adapters/__test__/store.contract';
import { openSqliteStore } from '../../adapters/sqlite/sqlite.store';
import { findAll } from '../find-all';

describe('findAll', () => {
  it('reads every matching document across pages of 100, in the order asked, one read a page', async () => {
    const store = openSqliteStore({ file: ':memory:', collections: contractCollections });
    for (let i = 0; i < 250; i += 1) {
      await store.insert(Items, { _id: `i${String(i).padStart(3, '0')}`, name: `n${i}`, group: i % 2 === 0 ? 'even' : 'odd', rank: i });
    }
    const pages: Array<number | undefined> = [];
    const counting = { find: ((collection, query) => (pages.push(query?.limit), store.find(collection, query))) as typeof store.find };

    const evens = await findAll(counting, Items, { where: { group: 'even' }, orderBy: [['rank', 'desc']] });

    expect(evens).toHaveLength(125);
    expect(evens[0].rank).toBe(248);
    expect(evens.at(-1)?.rank).toBe(0);
    expect(pages).toEqual([100, 100]);
    await expect(findAll(store, Items, { where: { group: 'none' } })).resolves.toEqual([]);
    store.close();
  });
});
