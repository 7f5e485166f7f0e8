import { memberContracts } from '@core/contracts/member.contract';
import { Transfers } from '../common/collections/transfers.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { membersById } from './members-by-id';
import { toTransferRequestView } from './member-views';
import { scopedPage } from './scoped-paging';

/**
 * 转会审核: requests to move into the reviewer's unions' subtrees, with the member masked. Pending ones
 * oldest first (the longest wait is served first); decided ones newest first, staff moves among them.
 */
export const listTransfers = defineAction({
  contract: memberContracts.transfers,
  access: staffWith('reviewer'),
  run: async (input, { caller, ports }) => {
    const pending = input.status === 'pending';
    const page = await scopedPage(caller.scope?.unionPaths ?? [], input.cursor ?? null, (unionPath, cursor) =>
      ports.store.find(Transfers, {
        where: { status: input.status, 'to.unionPath': { $prefix: unionPath } },
        orderBy: [pending ? ['requestedAt', 'asc'] : ['decidedAt', 'desc']],
        limit: input.limit,
        cursor,
      }),
    );
    const people = await membersById(ports.store, page.items.map((transfer) => transfer.memberOpenid));
    const now = ports.clock.now();
    const items = page.items.flatMap((transfer) => {
      const member = people.get(transfer.memberOpenid);
      return member ? [toTransferRequestView(transfer, member, now)] : [];
    });
    return ok({ items, nextCursor: page.nextCursor });
  },
});
