import { directoryContracts } from '@core/contracts/directory.contract';
import { Unions } from '../common/collections/unions.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toUnionListItems } from './union-list-items';

/** Grassroots unions a worker can join, by name, with the union above each to tell similar names apart. */
export const searchUnions = defineAction({
  contract: directoryContracts.unions,
  access: signedIn,
  run: async (input, { ports }) => {
    const page = await ports.store.find(Unions, {
      where: { acceptsMembers: true, ...(input.keyword ? { name: { $contains: input.keyword } } : {}) },
      orderBy: [['name', 'asc']],
      limit: 20,
      cursor: input.cursor ?? null,
    });
    return ok({ items: await toUnionListItems(ports.store, page.items), nextCursor: page.nextCursor });
  },
});
