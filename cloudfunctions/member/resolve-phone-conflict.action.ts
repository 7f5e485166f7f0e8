import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Audit } from '../common/collections/audit.collection';
import { Members } from '../common/collections/members.collection';
import { PhoneConflicts } from '../common/collections/phone-conflicts.collection';
import { UniqueKeys, uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';

/**
 * Staff of the union holding a disputed number decide whose it is, after checking with both people.
 * `release`: the number's key passes to the reporter (so they can join or change to it, and nobody
 * else can take it meanwhile) and the holder is asked for their new number; `keep`: nothing changes.
 * Either way the decision is in the union's audit log and both people are told.
 */
export const resolvePhoneConflict = defineAction({
  contract: memberContracts.resolvePhoneConflict,
  access: staffWith('reviewer'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const conflict = await ports.store.get(PhoneConflicts, input.conflictId);
    if (!conflict) return fail('MEMBER.CONFLICT_NOT_FOUND');
    const involved = conflict.claimantOpenid === caller.openid || conflict.holderOpenid === caller.openid;
    if (involved || !caller.scope?.covers(conflict.holderUnionPath)) return fail('AUTH.FORBIDDEN');
    if (conflict.status !== 'open') return fail('MEMBER.CONFLICT_NOT_OPEN');

    const release = input.decision === 'release';
    const now = ports.clock.now();
    const keyId = uniqueKeyIdOf('phone', conflict.phoneHash);
    const resolved = await inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.resolvePhoneConflict>>) => {
      const current = await tx.get(PhoneConflicts, conflict._id);
      if (current?.status !== 'open') return abort(fail('MEMBER.CONFLICT_NOT_OPEN'));
      let holderReleased = false;
      if (release) {
        const key = await tx.get(UniqueKeys, keyId);
        if (key && key.owner !== current.claimantOpenid) await tx.update(UniqueKeys, keyId, { $set: { owner: current.claimantOpenid, createdAt: now } });
        if (!key) await tx.insert(UniqueKeys, { _id: keyId, kind: 'phone', owner: current.claimantOpenid, createdAt: now });
        const holder = current.holderOpenid ? await tx.get(Members, current.holderOpenid) : null;
        if (holder && holder.phoneHash === current.phoneHash) {
          await tx.update(Members, holder._id, { $set: { phoneReleasedAt: now, updatedAt: now } });
          holderReleased = true;
        }
      }
      const status = release ? ('released' as const) : ('kept' as const);
      await tx.update(PhoneConflicts, current._id, { $set: { status, resolvedAt: now, resolverOpenid: caller.openid, reason: input.reason } });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'member.resolvePhoneConflict',
          union: { id: current.holderUnionId, path: current.holderUnionPath },
          target: { collection: PhoneConflicts.name, id: current._id },
          summary: `核实手机号 ${current.phoneMasked}：${release ? '号码归申请人，原记录需更新号码' : '号码仍归原记录'}（${input.reason}）`,
        }),
      );
      return { id: current._id, status, holderReleased };
    });
    if (!resolved.ok) return resolved;

    await ports.notifier.notify(
      conflict.claimantOpenid,
      'phoneConflictResolved',
      { phone: conflict.phoneMasked, reason: input.reason, result: release ? '号码核实为你所有，现在可以使用' : '号码核实为他人所有' },
      'packages/member/phone',
    );
    if (resolved.data.holderReleased && conflict.holderOpenid) {
      await ports.notifier.notify(
        conflict.holderOpenid,
        'phoneReleased',
        { phone: conflict.phoneMasked, result: '工会核实这个号码已属于他人，请更新你的手机号' },
        'packages/member/phone',
      );
    }
    return ok({ id: resolved.data.id, status: resolved.data.status });
  },
});
