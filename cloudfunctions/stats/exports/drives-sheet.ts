import { driveKindLabels } from '@core/enums/drive-kind';
import { monthKey } from '@core/rules/time';
import { Counters, type CounterDoc } from '../../common/collections/counters.collection';
import { Drives, type DriveDoc } from '../../common/collections/drives.collection';
import { driveBoardCounterIdOf, figureOf } from '../../common/counters/drive-counters';
import type { Page, Store } from '../../common/ports/store.port';
import type { Focus } from '../stats-focus';
import { dateTimeText, type Sheet } from './sheet';

export const maxDriveRows = 2000;

/** 活动台账: the drives of the focus subtrees (starting in `month` when given), latest first, with their figures. */
export const drivesSheet = async (store: Store, focus: Focus, month: string | undefined): Promise<Sheet> => {
  const drives: DriveDoc[] = [];
  let truncated = false;
  for (const path of focus.paths) {
    let cursor: string | null = null;
    do {
      const page: Page<DriveDoc> = await store.find(Drives, {
        where: { unionPath: { $prefix: path } },
        orderBy: [['startsAt', 'desc']],
        limit: 100,
        cursor,
      });
      drives.push(...page.items.filter((drive) => !month || monthKey(drive.startsAt) === month));
      cursor = page.nextCursor;
      if (drives.length >= maxDriveRows) {
        truncated = true;
        cursor = null;
      }
    } while (cursor);
  }
  const kept = drives.slice(0, maxDriveRows);
  const boards = new Map<string, CounterDoc>();
  for (let i = 0; i < kept.length; i += 100) {
    const ids = kept.slice(i, i + 100).map((drive) => driveBoardCounterIdOf(drive._id));
    const found = await store.find(Counters, { where: { _id: { $in: ids } }, limit: 100 });
    for (const board of found.items) boards.set(board._id, board);
  }
  const rows = kept.map((drive) => {
    const board = boards.get(driveBoardCounterIdOf(drive._id)) ?? null;
    return [
      drive.title,
      drive.kinds.map((kind) => driveKindLabels[kind]).join('、'),
      drive.unionName,
      drive.place,
      dateTimeText(drive.startsAt),
      dateTimeText(drive.endsAt),
      figureOf(board, 'signedIn'),
      figureOf(board, 'approved'),
      figureOf(board, 'founded'),
      drive.foundedUnions.map((union) => union.name).join('、') || null,
    ];
  });
  return {
    name: '活动台账',
    columns: [
      { header: '活动名称', width: 30 },
      { header: '活动内容', width: 24 },
      { header: '举办工会', width: 30 },
      { header: '地点', width: 30 },
      { header: '开始时间', width: 18 },
      { header: '结束时间', width: 18 },
      { header: '签到人数', width: 10 },
      { header: '新会员', width: 10 },
      { header: '新建工会', width: 10 },
      { header: '新建工会名称', width: 30 },
    ],
    rows,
    records: rows.length,
    truncated,
  };
};
