import { directoryContracts } from '@core/contracts/directory.contract';
import { Unions } from '../common/collections/unions.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toUnionListItems } from './union-list-items';

const suggestionCount = 6;

/**
 * One-tap choices for the join form: a rider sees the depots' rider unions first, then the unions
 * open to every group (a street's 新就业形态 联合工会), so most workers never need the search.
 */
export const suggestUnions = defineAction({
  contract: directoryContracts.suggestUnions,
  access: signedIn,
  run: async (input, { ports }) => {
    const query = (mainOccupation: string | null) =>
      ports.store.find(Unions, {
        where: { acceptsMembers: true, mainOccupation },
        orderBy: [['name', 'asc']],
        limit: suggestionCount,
      });
    const [sameGroup, openToAll] = await Promise.all([query(input.occupation), query(null)]);
    const unions = [...sameGroup.items, ...openToAll.items].slice(0, suggestionCount);
    return ok({ items: await toUnionListItems(ports.store, unions) });
  },
});
