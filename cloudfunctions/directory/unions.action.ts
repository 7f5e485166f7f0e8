import { directoryContracts } from '@core/contracts/directory.contract';
import { Unions } from '../common/collections/unions.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';

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
    const parentIds = [...new Set(page.items.map((union) => union.parentId).filter((id): id is string => id !== null))];
    const parents = parentIds.length
      ? await ports.store.find(Unions, { where: { _id: { $in: parentIds } }, limit: 100 })
      : { items: [] };
    const parentNames = new Map(parents.items.map((parent) => [parent._id, parent.name]));
    return ok({
      items: page.items.map((union) => ({
        id: union._id,
        name: union.name,
        parentName: union.parentId ? (parentNames.get(union.parentId) ?? null) : null,
        area: union.area,
      })),
      nextCursor: page.nextCursor,
    });
  },
});
