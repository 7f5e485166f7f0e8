import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { Unions, type UnionDoc } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';
import { staffWith, type StaffScope } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { toUnionListItems } from '../directory/union-list-items';
import { toStaffMemberView } from './member-views';

/** Grassroots unions inside the scope (≤ 100 per granted subtree), by name. */
const unionsInScope = async (store: Store, scope: StaffScope): Promise<UnionDoc[]> => {
  const pages = await Promise.all(
    scope.unionPaths.map((unionPath) =>
      store.find(Unions, { where: { path: { $prefix: unionPath }, acceptsMembers: true }, orderBy: [['name', 'asc']], limit: 100 }),
    ),
  );
  return pages.flatMap((page) => page.items);
};

/**
 * 会员调动, step one: staff find a member by number (typed, or scanned from the member card) and see
 * where they could move them. A number outside the caller's unions reads as not found: the lookup must
 * not tell staff who is a member elsewhere.
 */
export const findMember = defineAction({
  contract: memberContracts.findMember,
  access: staffWith('reviewer'),
  run: async (input, { caller, ports }) => {
    const scope = caller.scope!;
    const found = await ports.store.find(Members, { where: { memberNo: input.memberNo, status: 'approved' }, limit: 1 });
    const member = found.items[0];
    if (!member || !scope.covers(member.unionPath)) return fail('MEMBER.NOT_FOUND', { fields: { memberNo: '没有找到这个会员号' } });
    const targets = (await unionsInScope(ports.store, scope)).filter((union) => union._id !== member.unionId);
    return ok({ member: toStaffMemberView(member), moveTargets: await toUnionListItems(ports.store, targets) });
  },
});
