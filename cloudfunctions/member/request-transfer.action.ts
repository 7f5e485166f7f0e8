import { randomUUID } from 'node:crypto';
import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { Transfers, type TransferDoc } from '../common/collections/transfers.collection';
import { Unions } from '../common/collections/unions.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { toTransferSelfView } from './member-views';
import { notifyUnionReviewers } from './notify-reviewers';

type RequestFailure = ErrorOf<typeof memberContracts.requestTransfer>;

/**
 * 转会申请: a member who moved city, changed platform or has a new union at their depot asks to move
 * there. One open request at a time (the member record points at it, checked in the same transaction);
 * the receiving union's reviewers are told a request waits.
 */
export const requestTransfer = defineAction({
  contract: memberContracts.requestTransfer,
  access: members,
  run: async (input, { caller, ports }) => {
    const member = caller.member!;
    const union = await ports.store.get(Unions, input.toUnionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { toUnionId: '请重新选择工会' } });
    if (!union.acceptsMembers) return fail('UNION.NOT_ACCEPTING', { fields: { toUnionId: '请选择基层工会' } });
    if (union._id === member.unionId) return fail('MEMBER.TRANSFER_SAME_UNION', { fields: { toUnionId: '你已经在这个工会了' } });

    const now = ports.clock.now();
    const requested = await inTransaction(ports.store, async (tx, abort: Abort<RequestFailure | 'MEMBER.NOT_MEMBER'>) => {
      const current = await tx.get(Members, member._id);
      if (current?.status !== 'approved') return abort(fail('MEMBER.NOT_MEMBER'));
      if (current.pendingTransferId) return abort(fail('MEMBER.TRANSFER_PENDING'));
      const transfer: TransferDoc = {
        _id: randomUUID(),
        memberOpenid: current._id,
        status: 'pending',
        byStaff: false,
        from: { unionId: current.unionId, unionPath: current.unionPath, unionName: current.unionName },
        to: { unionId: union._id, unionPath: union.path, unionName: union.name },
        note: input.note ?? null,
        reason: null,
        requestedAt: now,
        decidedAt: null,
        deciderOpenid: null,
      };
      await tx.insert(Transfers, transfer);
      await tx.update(Members, current._id, { $set: { pendingTransferId: transfer._id, updatedAt: now } });
      return transfer;
    });
    if (!requested.ok) return requested;

    await notifyUnionReviewers(ports, requested.data.to, 'transferRequested', { result: '有一份转会申请等待接收' }, 'packages/staff/transfers/index');
    return ok(toTransferSelfView(requested.data));
  },
});
