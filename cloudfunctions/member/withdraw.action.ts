import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Audit } from '../common/collections/audit.collection';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { countMember, countMemberMove } from './member-counters';
import { releaseMemberHoldings } from './release-holdings';
import { toSelfView } from './member-views';
import { releaseKey } from './unique-keys';

/**
 * 退会: the member leaves their union (the app has asked twice). In one write: the counters lose them,
 * a waiting transfer request is withdrawn, the ID number and phone are freed (a withdrawn record blocks
 * nobody, not even the worker on another WeChat account) and the union's audit log records it. The
 * record stays so that joining again gives the member number back; 删除我的信息 removes it.
 *
 * Once that write has landed, what the worker held only as a member is given back (a future 体检 seat,
 * a members-only 礼包 voucher: common/membership/hooks.ts) and the answer says so in `notices`. A
 * retry with the same requestId replays that answer; a new one is refused (MEMBER.NOT_MEMBER) and
 * releases nothing — there is nothing left to release.
 */
export const withdrawMembership = defineAction({
  contract: memberContracts.withdraw,
  access: members,
  run: async (input, context) => {
    const { caller, ports } = context;
    const now = ports.clock.now();
    const withdrawn = await inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.withdraw>>) => {
      const current = await tx.get(Members, caller.openid);
      if (current?.status !== 'approved') return abort(fail('MEMBER.NOT_MEMBER'));

      await countMember(tx, { ...current, joinedAt: current.joinedAt ?? now }, -1);
      await countMemberMove(tx, current, now, 'withdrawn');
      await releaseKey(tx, uniqueKeyIdOf('idNumber', current.idHash), current._id);
      await releaseKey(tx, uniqueKeyIdOf('phone', current.phoneHash), current._id);
      if (current.pendingTransferId) {
        await tx.update(Transfers, current.pendingTransferId, {
          $set: { status: 'cancelled', decidedAt: now, deciderOpenid: current._id, reason: '会员已退会' },
        });
      }
      const ended: MemberDoc = {
        ...current,
        status: 'withdrawn',
        withdrawnAt: now,
        withdrawReason: input.reason ?? null,
        holdingsPending: true,
        pendingTransferId: null,
        updatedAt: now,
      };
      const { _id, ...fields } = ended;
      await tx.update(Members, _id, { $set: fields });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'member.withdraw',
          union: { id: current.unionId, path: current.unionPath },
          target: { collection: Members.name, id: current._id },
          summary: `会员 ${current.memberNo} 退会`,
        }),
      );
      return ended;
    });
    if (!withdrawn.ok) return withdrawn;
    const notices = await releaseMemberHoldings(ports, caller.openid, context.requestId);
    return ok({ ...toSelfView(withdrawn.data), notices });
  },
});
