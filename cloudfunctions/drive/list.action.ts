import { driveContracts } from '@core/contracts/drive.contract';
import { Counters, type CounterDoc } from '../common/collections/counters.collection';
import { Drives } from '../common/collections/drives.collection';
import { driveBoardCounterIdOf } from '../common/counters/drive-counters';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { scopedPage } from '../member/scoped-paging';
import { toDriveListItem } from './drive-views';

/** 活动列表: the drives of the caller's subtrees, latest first, each with its figures (one more read). */
export const listDrives = defineAction({
  contract: driveContracts.list,
  access: staffWith('operator', 'reviewer'),
  run: async (input, { caller, ports }) => {
    const page = await scopedPage(caller.scope?.unionPaths ?? [], input.cursor ?? null, (unionPath, cursor) =>
      ports.store.find(Drives, {
        where: { unionPath: { $prefix: unionPath } },
        orderBy: [['startsAt', 'desc']],
        limit: input.limit,
        cursor,
      }),
    );
    const boards = new Map<string, CounterDoc>();
    if (page.items.length > 0) {
      const found = await ports.store.find(Counters, {
        where: { _id: { $in: page.items.map((drive) => driveBoardCounterIdOf(drive._id)) } },
        limit: 100,
      });
      for (const board of found.items) boards.set(board._id, board);
    }
    return ok({
      items: page.items.map((drive) => toDriveListItem(drive, boards.get(driveBoardCounterIdOf(drive._id)) ?? null)),
      nextCursor: page.nextCursor,
    });
  },
});
