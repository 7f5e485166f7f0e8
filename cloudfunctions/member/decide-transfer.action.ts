import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Audit } from '../common/collections/audit.collection';
import { Members } from '../common/collections/members.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { Unions } from '../common/collections/unions.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { moveMember } from './move-member';

/**
 * The receiving union's reviewer accepts a transfer request — the member moves, member number and join
 * date kept, counters moved and both unions' audit logs written in one transaction — or refuses it
 * with a reason the member reads. The member is told either way.
 */
export const decideTransfer = defineAction({
  contract: memberContracts.decideTransfer,
  access: staffWith('reviewer'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const transfer = await ports.store.get(Transfers, input.transferId);
    if (!transfer) return fail('MEMBER.TRANSFER_NOT_FOUND');
    if (transfer.memberOpenid === caller.openid || !caller.scope?.covers(transfer.to.unionPath)) return fail('AUTH.FORBIDDEN');
    if (transfer.status !== 'pending') return fail('MEMBER.TRANSFER_NOT_PENDING');

    const accept = input.decision === 'accept';
    const target = await ports.store.get(Unions, transfer.to.unionId);
    // The union may have stopped taking members since the request (merged, reorganized).
    if (accept && !target?.acceptsMembers) return fail('UNION.NOT_ACCEPTING');
    const now = ports.clock.now();
    const reason = input.reason ?? null;

    const decided = await inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.decideTransfer>>) => {
      const current = await tx.get(Transfers, transfer._id);
      if (current?.status !== 'pending') return abort(fail('MEMBER.TRANSFER_NOT_PENDING'));
      const member = await tx.get(Members, current.memberOpenid);
      // Withdrawn or erased since: 退会 and 删除 cancel the request themselves, so this is a race lost.
      if (member?.status !== 'approved' || member.pendingTransferId !== current._id) return abort(fail('MEMBER.TRANSFER_NOT_PENDING'));

      if (accept) {
        await moveMember(tx, context, member, current.to, { action: 'member.decideTransfer', why: '会员申请转会，已接收' });
      } else {
        await tx.update(Members, member._id, { $set: { pendingTransferId: null, updatedAt: now } });
        await tx.insert(
          Audit,
          auditRecord(context, {
            action: 'member.decideTransfer',
            union: { id: current.to.unionId, path: current.to.unionPath },
            target: { collection: Members.name, id: member._id },
            summary: `不接收会员 ${member.memberNo} 从${member.unionName}转入：${reason}`,
          }),
        );
      }
      const status = accept ? ('accepted' as const) : ('refused' as const);
      await tx.update(Transfers, current._id, { $set: { status, reason, decidedAt: now, deciderOpenid: caller.openid } });
      return { id: current._id, status };
    });
    if (!decided.ok) return decided;

    await ports.notifier.notify(
      transfer.memberOpenid,
      accept ? 'transferAccepted' : 'transferRefused',
      accept
        ? { union: transfer.to.unionName, result: '转会成功，会员卡已更新' }
        : { union: transfer.to.unionName, reason: reason ?? '', result: '转会申请未被接收' },
      'packages/member/transfer',
    );
    return ok(decided.data);
  },
});
