import { directoryContracts } from '@core/contracts/directory.contract';
import { staffRoleLabels } from '@core/enums/staff-role';
import { Audit } from '../common/collections/audit.collection';
import { Members } from '../common/collections/members.collection';
import { Staff, staffIdOf, type StaffDoc } from '../common/collections/staff.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { unionInScope } from '../common/runtime/union-in-scope';
import { toGrantRows } from './staff-views';

/** A row id from directory.staff, opened again; anything else names no grant. */
const unsealed = (pii: { decrypt(sealed: string): string }, rowId: string): string => {
  try {
    return pii.decrypt(rowId);
  } catch {
    return '';
  }
};

/**
 * An admin gives a member roles at a union of their own subtree, changes them, or takes them all away
 * (`roles: []`). The person is named by member number (read off the card, never an openid typed in),
 * and only members of the admin's own unions can be found, as in 会员调动. An admin never takes away
 * their own admin role at a union where they hold it: another admin of it, or one above, does — so
 * whoever manages a union can never lock themselves out of it. The router reads grants afresh on every
 * call, so the change holds from the person's next call.
 */
export const grantStaff = defineAction({
  contract: directoryContracts.grantStaff,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;

    let openid: string;
    let memberNo: string | null = null;
    if (input.memberNo) {
      const found = await ports.store.find(Members, { where: { memberNo: input.memberNo, status: 'approved' }, limit: 1 });
      const member = found.items[0];
      if (!member || !caller.scope!.covers(member.unionPath)) return fail('MEMBER.NOT_FOUND', { fields: { memberNo: '你负责的工会里没有这个会员号' } });
      openid = member._id;
      memberNo = member.memberNo;
    } else {
      const listed = await ports.store.get(Staff, unsealed(ports.pii, input.grantId!));
      if (!listed || listed.unionId !== union._id) return fail('STAFF.GRANT_NOT_FOUND');
      openid = listed.openid;
    }

    const id = staffIdOf(openid, union._id);
    const existing = await ports.store.get(Staff, id);
    if (!existing && input.roles.length === 0) return fail('STAFF.GRANT_NOT_FOUND');
    if (openid === caller.openid && existing?.roles.includes('admin') && !input.roles.includes('admin')) {
      return fail('STAFF.OWN_ADMIN', { fields: { roles: '不能取消自己的管理员角色' } });
    }

    const who = memberNo ? `会员 ${memberNo}` : '工作人员';
    const labels = input.roles.map((role) => staffRoleLabels[role]).join('、');
    const summary =
      input.roles.length === 0 ? `取消${who}在${union.name}的全部角色` : existing ? `${who}在${union.name}的角色改为：${labels}` : `${who}成为${union.name}的${labels}`;
    const grant: StaffDoc | null =
      input.roles.length === 0
        ? null
        : {
            _id: id,
            openid,
            unionId: union._id,
            unionPath: union.path,
            unionName: union.name,
            roles: input.roles,
            grantedAt: ports.clock.now(),
            grantedBy: caller.openid,
          };
    await ports.store.transaction(async (tx) => {
      if (!grant) await tx.remove(Staff, id);
      else if (existing) await tx.update(Staff, id, { $set: { roles: grant.roles, grantedAt: grant.grantedAt, grantedBy: grant.grantedBy, unionName: union.name } });
      else await tx.insert(Staff, grant);
      await tx.insert(Audit, auditRecord(context, { action: 'directory.grantStaff', union: { id: union._id, path: union.path }, target: { collection: Staff.name, id }, summary }));
    });
    const [row] = grant ? await toGrantRows(ports.store, [grant], caller.openid, ports.pii.encrypt) : [null];
    return ok({ grant: row, union: { id: union._id, name: union.name } });
  },
});
