import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { Members } from '../common/collections/members.collection';
import { PhoneConflicts } from '../common/collections/phone-conflicts.collection';
import { uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { sealPhone } from './personal-data';
import { claimKey, releaseKey } from './unique-keys';

/**
 * A member's phone number changed. The same dedupe as joining: the new number must not be another
 * record's (PHONE_TAKEN says how to get it checked); the old one is freed for whoever has it now, and
 * reports about it against this member have nothing left to decide.
 */
export const changePhone = defineAction({
  contract: memberContracts.changePhone,
  access: members,
  run: async (input, { caller, ports }) => {
    const member = caller.member!;
    const sealed = sealPhone(ports.pii, input.phone);
    // The same number again is no change — unless staff gave it to someone else, when claiming it says so.
    if (sealed.fields.phoneHash === member.phoneHash && member.phoneReleasedAt === null) {
      return fail('MEMBER.PHONE_UNCHANGED', { fields: { phone: '和现在登记的手机号一样' } });
    }
    const now = ports.clock.now();
    const changed = await inTransaction(ports.store, async (tx, abort: Abort<ErrorOf<typeof memberContracts.changePhone>>) => {
      const current = await tx.get(Members, member._id);
      if (current?.status !== 'approved') return abort(fail('MEMBER.NOT_MEMBER'));
      if ((await claimKey(tx, 'phone', sealed.keyId, current._id, now)) === 'taken') {
        return abort(fail('MEMBER.PHONE_TAKEN', { fields: { phone: '这个手机号已被使用' } }));
      }
      const oldKeyId = uniqueKeyIdOf('phone', current.phoneHash);
      if (oldKeyId !== sealed.keyId) await releaseKey(tx, oldKeyId, current._id);
      await tx.update(Members, current._id, { $set: { ...sealed.fields, phoneReleasedAt: null, updatedAt: now } });
      return current.phoneHash;
    });
    if (!changed.ok) return changed;

    if (changed.data !== sealed.fields.phoneHash) {
      await ports.store.updateWhere(
        PhoneConflicts,
        { holderOpenid: member._id, phoneHash: changed.data, status: 'open' },
        { $set: { status: 'closed', resolvedAt: now, reason: '原来登记这个号码的会员已换了手机号，号码已空出' } },
      );
    }
    return ok({ phoneMasked: sealed.fields.phoneMasked });
  },
});
