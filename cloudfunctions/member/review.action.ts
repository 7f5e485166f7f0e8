import { memberContracts } from '@core/contracts/member.contract';
import { monthKey } from '@core/rules/time';
import { Audit } from '../common/collections/audit.collection';
import { Members } from '../common/collections/members.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { countMember } from './member-counters';
import { takeMemberNumber } from './member-number';

/**
 * A reviewer approves (member number — new, or the one kept from an earlier membership — and
 * counters) or rejects (with a reason the worker sees) an application in their own subtree. The
 * decision, the counters and the audit record are one write; the worker is told after it lands.
 */
export const reviewApplication = defineAction({
  contract: memberContracts.review,
  access: staffWith('reviewer'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const application = await ports.store.get(Members, input.memberId);
    if (!application) return fail('MEMBER.APPLICATION_NOT_FOUND');
    // Staff may not decide their own application, nor one outside their unions.
    if (application._id === caller.openid || !caller.scope?.covers(application.unionPath)) return fail('AUTH.FORBIDDEN');
    if (application.status !== 'pending') return fail('MEMBER.NOT_PENDING');

    const now = ports.clock.now();
    const approve = input.decision === 'approve';
    const reason = input.reason ?? '';

    const decided = await inTransaction(ports.store, async (tx, abort: Abort<'MEMBER.NOT_PENDING'>) => {
      const current = await tx.get(Members, application._id);
      if (current?.status !== 'pending') return abort(fail('MEMBER.NOT_PENDING'));
      const decision = { reviewedAt: now, reviewerOpenid: caller.openid, updatedAt: now };

      let memberNo: string | null = null;
      if (approve) {
        // Someone joining again after 退会 gets their number back: it was theirs, and no one else ever had it.
        memberNo = current.memberNo ?? (await takeMemberNumber(tx, Number(monthKey(now).slice(0, 4))));
        await tx.update(Members, current._id, { $set: { ...decision, status: 'approved', memberNo, joinedAt: now, rejectReason: null } });
        await countMember(tx, { ...current, joinedAt: now }, 1);
      } else {
        await tx.update(Members, current._id, { $set: { ...decision, status: 'rejected', rejectReason: reason } });
      }
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'member.review',
          union: { id: current.unionId, path: current.unionPath },
          target: { collection: Members.name, id: current._id },
          summary: approve ? `批准入会，会员号 ${memberNo}` : `驳回入会：${reason}`,
        }),
      );
      return { id: current._id, status: approve ? ('approved' as const) : ('rejected' as const), memberNo };
    });
    if (!decided.ok) return decided;

    await ports.notifier.notify(
      application._id,
      approve ? 'memberApproved' : 'memberRejected',
      approve
        ? { union: application.unionName, memberNo: decided.data.memberNo ?? '', result: '入会申请已通过' }
        : { union: application.unionName, reason, result: '入会申请未通过' },
      'packages/join/status',
    );
    return ok(decided.data);
  },
});
