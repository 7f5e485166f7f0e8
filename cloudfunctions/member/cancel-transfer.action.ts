import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { toTransferSelfView } from './member-views';

/** The member takes back a transfer request nobody has decided yet. */
export const cancelTransfer = defineAction({
  contract: memberContracts.cancelTransfer,
  access: members,
  run: async (input, { caller, ports }) => {
    const now = ports.clock.now();
    return inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.cancelTransfer>>) => {
      const transfer = await tx.get(Transfers, input.transferId);
      // Someone else's request is as good as none to this caller.
      if (!transfer || transfer.memberOpenid !== caller.openid) return abort(fail('MEMBER.TRANSFER_NOT_FOUND'));
      if (transfer.status !== 'pending') return abort(fail('MEMBER.TRANSFER_NOT_PENDING'));
      const cancelled = { ...transfer, status: 'cancelled' as const, decidedAt: now, deciderOpenid: caller.openid };
      await tx.update(Transfers, transfer._id, { $set: { status: cancelled.status, decidedAt: now, deciderOpenid: caller.openid } });
      await tx.update(Members, caller.openid, { $set: { pendingTransferId: null, updatedAt: now } });
      return toTransferSelfView(cancelled);
    });
  },
});
