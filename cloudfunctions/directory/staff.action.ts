import { directoryContracts } from '@core/contracts/directory.contract';
import { Staff } from '../common/collections/staff.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { unionInScope } from '../common/runtime/union-in-scope';
import { adminUnionsOf, toGrantRows } from './staff-views';

/**
 * 工作人员: the staff grants of the unions under `unionId` (default: the caller's first subtree), by
 * union, a page at a time, with the unions the admin may grant at.
 */
export const listStaff = defineAction({
  contract: directoryContracts.staff,
  access: staffWith('admin'),
  run: async (input, { caller, ports }) => {
    const scope = caller.scope!;
    let path = scope.unionPaths[0];
    if (input.unionId) {
      const union = await unionInScope(ports.store, caller, input.unionId);
      if (isFailure(union)) return union;
      path = union.path;
    }
    const [page, unions] = await Promise.all([
      ports.store.find(Staff, { where: { unionPath: { $prefix: path } }, orderBy: [['unionPath', 'asc']], limit: input.limit, cursor: input.cursor ?? null }),
      adminUnionsOf(ports.store, scope),
    ]);
    return ok({ items: await toGrantRows(ports.store, page.items, caller.openid, ports.pii.encrypt), nextCursor: page.nextCursor, unions });
  },
});
