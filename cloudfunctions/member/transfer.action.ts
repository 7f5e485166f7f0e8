import { randomUUID } from 'node:crypto';
import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { Unions } from '../common/collections/unions.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { moveMember } from './move-member';

/**
 * 会员调动 (DESIGN.md `member.transfer`): staff move a member between two unions that both lie in their
 * own subtree — a depot's union split, a member registered in the wrong one. Recorded as a transfer
 * decided by staff, with the same counters and audit records as an accepted request; the member is told.
 */
export const moveMemberByStaff = defineAction({
  contract: memberContracts.transfer,
  access: staffWith('reviewer'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const scope = caller.scope!;
    const member = await ports.store.get(Members, input.memberId);
    if (member?.status !== 'approved') return fail('MEMBER.NOT_FOUND');
    if (member._id === caller.openid || !scope.covers(member.unionPath)) return fail('AUTH.FORBIDDEN');
    const union = await ports.store.get(Unions, input.toUnionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { toUnionId: '请重新选择工会' } });
    if (!scope.covers(union.path)) return fail('AUTH.FORBIDDEN');
    if (!union.acceptsMembers) return fail('UNION.NOT_ACCEPTING', { fields: { toUnionId: '请选择基层工会' } });
    if (union._id === member.unionId) return fail('MEMBER.TRANSFER_SAME_UNION', { fields: { toUnionId: '会员已经在这个工会' } });

    const now = ports.clock.now();
    const to = { unionId: union._id, unionPath: union.path, unionName: union.name };
    const moved = await inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.transfer>>) => {
      const current = await tx.get(Members, member._id);
      if (current?.status !== 'approved' || current.unionId !== member.unionId) return abort(fail('MEMBER.NOT_FOUND'));
      // The member's own request is decided first: moving them elsewhere under it would be confusing.
      if (current.pendingTransferId) return abort(fail('MEMBER.TRANSFER_PENDING', { message: '这位会员有一份待处理的转会申请，请先处理那份申请' }));
      await tx.insert(Transfers, {
        _id: randomUUID(),
        memberOpenid: current._id,
        status: 'accepted',
        byStaff: true,
        from: { unionId: current.unionId, unionPath: current.unionPath, unionName: current.unionName },
        to,
        note: null,
        reason: input.reason,
        requestedAt: now,
        decidedAt: now,
        deciderOpenid: caller.openid,
      });
      await moveMember(tx, context, current, to, { action: 'member.transfer', why: `工作人员调动：${input.reason}` });
      return { memberId: current._id, union: { id: union._id, name: union.name } };
    });
    if (!moved.ok) return moved;

    await ports.notifier.notify(
      member._id,
      'memberMoved',
      { union: union.name, reason: input.reason, result: '工会已为你调整所在工会，会员卡已更新' },
      'pages/card/index',
    );
    return ok(moved.data);
  },
});
