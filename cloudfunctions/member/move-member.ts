import { Audit } from '../common/collections/audit.collection';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import type { UnionPlace } from '../common/collections/transfers.collection';
import type { DocumentOps } from '../common/ports/store.port';
import type { ActionContext } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { countMember, countMemberMove } from './member-counters';

/**
 * Moves an approved member to another union inside the caller's transaction: the member record (member
 * number and join date kept), the counters (out of one union and into the other, in the same write) and
 * a record in each union's audit log. `member.joinedAt` is set for every approved member.
 *
 * Unlike 退会, a transfer releases nothing: a 体检 booking or 礼包 voucher from the old union's subtree
 * was granted while the member was eligible, its code is still verified by that union's staff, and the
 * worker keeps it (and may still move or cancel the booking). See common/membership/membership-end.port.ts.
 */
export const moveMember = async (
  tx: DocumentOps,
  context: ActionContext,
  member: MemberDoc,
  to: UnionPlace,
  audit: { action: string; why: string },
): Promise<void> => {
  const now = context.ports.clock.now();
  const counted = { ...member, joinedAt: member.joinedAt ?? now };
  await countMember(tx, counted, -1);
  await countMember(tx, { ...counted, unionId: to.unionId, unionPath: to.unionPath }, 1);
  await countMemberMove(tx, member, now, 'transferredOut');
  await countMemberMove(tx, to, now, 'transferredIn');
  await tx.update(Members, member._id, {
    $set: { unionId: to.unionId, unionPath: to.unionPath, unionName: to.unionName, pendingTransferId: null, updatedAt: now },
  });
  const target = { collection: Members.name, id: member._id };
  await tx.insert(
    Audit,
    auditRecord(context, {
      action: audit.action,
      union: { id: member.unionId, path: member.unionPath },
      target,
      summary: `会员 ${member.memberNo} 转出到${to.unionName}（${audit.why}）`,
    }),
  );
  await tx.insert(
    Audit,
    auditRecord(context, {
      action: audit.action,
      union: { id: to.unionId, path: to.unionPath },
      target,
      summary: `会员 ${member.memberNo} 从${member.unionName}转入（${audit.why}）`,
    }),
  );
};
