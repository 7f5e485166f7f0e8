import { Members, type MemberDoc } from '../common/collections/members.collection';
import type { Store } from '../common/ports/store.port';

/** The member records behind a page of rows (≤ 100 ids), in one query. */
export const membersById = async (store: Store, ids: readonly string[]): Promise<Map<string, MemberDoc>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await store.find(Members, { where: { _id: { $in: unique } }, limit: 100 });
  return new Map(found.items.map((member) => [member._id, member]));
};
