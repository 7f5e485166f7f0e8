import type { UnionListItem } from '@core/contracts/directory.contract';
import { Unions, type UnionDoc } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';

/** Unions as the join form lists them, each with the name of the union above it (one read for all). */
export const toUnionListItems = async (store: Store, unions: readonly UnionDoc[]): Promise<UnionListItem[]> => {
  const parentIds = [...new Set(unions.map((union) => union.parentId).filter((id): id is string => id !== null))];
  const parents = parentIds.length ? await store.find(Unions, { where: { _id: { $in: parentIds } }, limit: 100 }) : { items: [] };
  const parentNames = new Map(parents.items.map((parent) => [parent._id, parent.name]));
  return unions.map((union) => ({
    id: union._id,
    name: union.name,
    parentName: union.parentId ? (parentNames.get(union.parentId) ?? null) : null,
    area: union.area,
  }));
};
