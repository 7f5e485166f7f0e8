import { directoryContracts } from '@core/contracts/directory.contract';
import { Audit } from '../common/collections/audit.collection';
import { Members } from '../common/collections/members.collection';
import { Staff } from '../common/collections/staff.collection';
import { Stations } from '../common/collections/stations.collection';
import { Unions, type UnionDoc } from '../common/collections/unions.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { unionInScope } from '../common/runtime/union-in-scope';
import { hasNamesakeUnder, insertUnion, newUnionDoc } from './new-union';
import { toAdminUnion } from './staff-views';

/** Which kinds of union may hang under which: grassroots unions are leaves, streets and industries take grassroots ones. */
const childLevelsOf: Record<UnionDoc['level'], ReadonlyArray<UnionDoc['level']>> = {
  district: ['street', 'industry', 'grassroots'],
  street: ['grassroots'],
  industry: ['grassroots'],
  grassroots: [],
};

/**
 * 工会管理: an admin adds a union under one of their subtree (it takes members and shows in the join
 * list at once when grassroots), or renames one. A union never moves to another parent: its path is in
 * its members', grants' and counters' documents. A new name reaches the live copies (members' cards,
 * staff grants, stations) once saved; drives, campaigns and cases keep the name they were made under.
 */
export const upsertUnion = defineAction({
  contract: directoryContracts.upsertUnion,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const now = ports.clock.now();
    if (input.id) {
      const union = await unionInScope(ports.store, caller, input.id);
      if (isFailure(union)) return union.code === 'UNION.NOT_FOUND' ? fail('UNION.NOT_FOUND', { fields: { id: '请重新选择工会' } }) : union;
      if (input.parentId && input.parentId !== union.parentId) return fail('UNION.MOVE_NOT_ALLOWED', { fields: { parentId: '不能改上级工会' } });
      if (input.name !== union.name) {
        const parent = union.parentId ? await ports.store.get(Unions, union.parentId) : null;
        if (parent && (await hasNamesakeUnder(ports.store, parent, input.name))) return fail('UNION.NAME_TAKEN', { fields: { name: '已有同名工会' } });
        await ports.store.transaction(async (tx) => {
          await tx.update(Unions, union._id, { $set: { name: input.name } });
          await tx.insert(
            Audit,
            auditRecord(context, { action: 'directory.upsertUnion', union: { id: union._id, path: union.path }, target: { collection: Unions.name, id: union._id }, summary: `工会「${union.name}」改名为「${input.name}」` }),
          );
        });
      }
      // Also on a retry after a rename whose copies were not all updated.
      await Promise.all([
        ports.store.updateWhere(Members, { unionId: union._id }, { $set: { unionName: input.name } }),
        ports.store.updateWhere(Staff, { unionId: union._id }, { $set: { unionName: input.name } }),
        ports.store.updateWhere(Stations, { unionId: union._id }, { $set: { unionName: input.name } }),
      ]);
      return ok(toAdminUnion({ ...union, name: input.name }));
    }

    const parent = await unionInScope(ports.store, caller, input.parentId!);
    if (isFailure(parent)) return parent.code === 'UNION.NOT_FOUND' ? fail('UNION.NOT_FOUND', { fields: { parentId: '请重新选择上级工会' } }) : parent;
    if (!childLevelsOf[parent.level].includes(input.level!)) return fail('UNION.LEVEL_NOT_ALLOWED', { fields: { level: '这一级下面不能建这种工会' } });
    if (input.foundedAt !== undefined && input.foundedAt > now) return fail('UNION.FOUNDED_IN_FUTURE', { fields: { foundedAt: '成立日期不能晚于今天' } });
    if (await hasNamesakeUnder(ports.store, parent, input.name)) return fail('UNION.NAME_TAKEN', { fields: { name: '已有同名工会' } });

    const union = newUnionDoc(
      parent,
      {
        name: input.name,
        level: input.level!,
        mainOccupation: input.level === 'grassroots' ? input.mainOccupation : null,
        area: input.area!,
        address: input.address ?? null,
        foundedAt: input.foundedAt ?? now,
      },
      now,
    );
    await ports.store.transaction(async (tx) => {
      await insertUnion(tx, union);
      await tx.insert(
        Audit,
        auditRecord(context, { action: 'directory.upsertUnion', union: { id: parent._id, path: parent.path }, target: { collection: Unions.name, id: union._id }, summary: `在${parent.name}下新建工会「${union.name}」` }),
      );
    });
    return ok(toAdminUnion(union));
  },
});
