import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toApplicationView } from './member-views';
import { scopedPage } from './scoped-paging';

/**
 * 入会审核 queue: applications in the reviewer's own unions' subtrees only, masked. Pending ones come
 * oldest first — the longest-waiting worker is served first; decided ones newest first.
 */
export const listApplications = defineAction({
  contract: memberContracts.applications,
  access: staffWith('reviewer'),
  run: async (input, { caller, ports }) => {
    const unionPaths = caller.scope?.unionPaths ?? [];
    const page = await scopedPage(unionPaths, input.cursor ?? null, (unionPath, cursor) =>
      ports.store.find(Members, {
        where: { status: input.status, unionPath: { $prefix: unionPath } },
        orderBy: [input.status === 'pending' ? ['submittedAt', 'asc'] : ['reviewedAt', 'desc']],
        limit: input.limit,
        cursor,
      }),
    );
    const now = ports.clock.now();
    return ok({ items: page.items.map((doc) => toApplicationView(doc, now)), nextCursor: page.nextCursor });
  },
});
