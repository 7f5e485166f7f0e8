import type { ErrorOf } from '@core/contract';
import { driveContracts } from '@core/contracts/drive.contract';
import { Audit } from '../common/collections/audit.collection';
import { Drives } from '../common/collections/drives.collection';
import { Unions } from '../common/collections/unions.collection';
import { countDriveMetric, countOnBoard } from '../common/counters/drive-counters';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { hasNamesakeUnder, insertUnion, newUnionDoc } from '../directory/new-union';
import { driveInScope } from './drive-access';

type FoundFailure = ErrorOf<typeof driveContracts.foundUnion>;

/**
 * 建会 at a drive: the new grassroots union joins the tree under a street, industry or district union
 * the caller serves, founded today, and starts taking members at once. The union, the drive's list,
 * both counters and the audit record are one write.
 */
export const foundUnionAtDrive = defineAction({
  contract: driveContracts.foundUnion,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const drive = await driveInScope(ports.store, caller, input.driveId);
    if (isFailure(drive)) return drive;
    const parent = await ports.store.get(Unions, input.parentId);
    if (!parent) return fail('UNION.NOT_FOUND', { fields: { parentId: '请重新选择上级工会' } });
    if (!caller.scope?.covers(parent.path)) return fail('AUTH.FORBIDDEN');
    if (parent.level === 'grassroots') return fail('DRIVE.PARENT_NOT_ALLOWED', { fields: { parentId: '基层工会下面不能再建工会' } });
    if (await hasNamesakeUnder(ports.store, parent, input.name)) return fail('DRIVE.UNION_EXISTS', { fields: { name: '已有同名工会' } });

    const now = ports.clock.now();
    const union = newUnionDoc(
      parent,
      { name: input.name, level: 'grassroots', mainOccupation: input.mainOccupation, area: input.area, address: input.address ?? null, foundedAt: now },
      now,
    );
    const id = union._id;
    const founded = { id, name: union.name, foundedAt: now };

    const recorded = await inTransaction(ports.store, async (tx, abort: Abort<FoundFailure>) => {
      const current = await tx.get(Drives, drive._id);
      if (!current) return abort(fail('DRIVE.NOT_FOUND'));
      await insertUnion(tx, union);
      await tx.update(Drives, drive._id, { $set: { foundedUnions: [...current.foundedUnions, founded] } });
      await countDriveMetric(tx, current, 'founded');
      await countOnBoard(tx, current, { founded: 1 });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'drive.foundUnion',
          union: { id: drive.unionId, path: drive.unionPath },
          target: { collection: Unions.name, id },
          summary: `活动「${drive.title}」上成立工会：${union.name}（上级：${parent.name}）`,
        }),
      );
      return { union: founded, driveId: drive._id };
    });
    return recorded.ok ? ok(recorded.data) : recorded;
  },
});
