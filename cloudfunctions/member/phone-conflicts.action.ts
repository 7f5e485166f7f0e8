import { memberContracts } from '@core/contracts/member.contract';
import { PhoneConflicts } from '../common/collections/phone-conflicts.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { membersById } from './members-by-id';
import { toPhoneConflictView } from './phone-conflict-views';
import { scopedPage } from './scoped-paging';

/** 手机号核实: reports about numbers held by records in the reviewer's unions; open ones oldest first. */
export const listPhoneConflicts = defineAction({
  contract: memberContracts.phoneConflicts,
  access: staffWith('reviewer'),
  run: async (input, { caller, ports }) => {
    const open = input.status === 'open';
    const page = await scopedPage(caller.scope?.unionPaths ?? [], input.cursor ?? null, (unionPath, cursor) =>
      ports.store.find(PhoneConflicts, {
        where: { status: input.status, holderUnionPath: { $prefix: unionPath } },
        orderBy: [open ? ['reportedAt', 'asc'] : ['resolvedAt', 'desc']],
        limit: input.limit,
        cursor,
      }),
    );
    const holders = await membersById(
      ports.store,
      page.items.flatMap((conflict) => (conflict.holderOpenid ? [conflict.holderOpenid] : [])),
    );
    const items = page.items.map((conflict) => toPhoneConflictView(conflict, conflict.holderOpenid ? (holders.get(conflict.holderOpenid) ?? null) : null));
    return ok({ items, nextCursor: page.nextCursor });
  },
});
