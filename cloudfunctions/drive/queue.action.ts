import { driveContracts } from '@core/contracts/drive.contract';
import { Members } from '../common/collections/members.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { toApplicationView } from '../member/member-views';
import { driveInScope } from './drive-access';

/** How many waiting joins the on-site queue shows: a table's worth; the full queue is 入会审核. */
const queueLength = 50;

/**
 * 现场审核: joins made at this drive still waiting, oldest first, for a reviewer at the table to
 * approve through `member.review`. Only those whose union the reviewer covers are listed: a worker
 * may have chosen another union than the drive's.
 */
export const showDriveQueue = defineAction({
  contract: driveContracts.queue,
  access: staffWith('reviewer'),
  run: async (input, { caller, ports }) => {
    const drive = await driveInScope(ports.store, caller, input.driveId);
    if (isFailure(drive)) return drive;
    const page = await ports.store.find(Members, {
      where: { driveId: drive._id, status: 'pending' },
      orderBy: [['submittedAt', 'asc']],
      limit: queueLength,
    });
    const now = ports.clock.now();
    return ok({
      items: page.items
        .filter((member) => caller.scope?.covers(member.unionPath) && member._id !== caller.openid)
        .map((member) => toApplicationView(member, now)),
    });
  },
});
