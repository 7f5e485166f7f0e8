import { memberContracts } from '@core/contracts/member.contract';
import { consentIsCurrent } from '@core/rules/consent';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import { PhoneConflicts, phoneConflictIdOf, type PhoneConflictDoc } from '../common/collections/phone-conflicts.collection';
import { UniqueKeys } from '../common/collections/unique-keys.collection';
import { Unions } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { toPhoneConflictSelfView } from './phone-conflict-views';
import { notifyUnionReviewers } from './notify-reviewers';
import { sealPhone } from './personal-data';

/**
 * Who checks the number: staff of the union of the record holding it. A number staff already gave to
 * someone who has not used it yet has no record behind it: the district (root) union checks that one.
 */
const checkingUnionOf = async (store: Store, holder: MemberDoc | null): Promise<{ unionId: string; unionPath: string; unionName: string }> => {
  if (holder) return holder;
  const root = (await store.find(Unions, { where: { parentId: null }, limit: 1 })).items[0];
  return { unionId: root?._id ?? '', unionPath: root?.path ?? '/', unionName: root?.name ?? '' };
};

/**
 * "This number is mine": a worker told PHONE_TAKEN (joining or changing their phone) asks the union
 * that holds the record with that number to check. Sending it again while open changes nothing;
 * after a decision it reopens the same report.
 */
export const reportPhoneConflict = defineAction({
  contract: memberContracts.reportPhoneConflict,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    if (!consentIsCurrent(input.consent.version)) {
      return fail('MEMBER.CONSENT_OUTDATED', { fields: { 'consent.version': '隐私说明已更新，请重新阅读' } });
    }
    const sealed = sealPhone(ports.pii, input.phone);
    const key = await ports.store.get(UniqueKeys, sealed.keyId);
    if (!key || key.owner === caller.openid) return fail('MEMBER.PHONE_NOT_TAKEN', { fields: { phone: '这个号码现在可以直接使用' } });
    const holder = await ports.store.get(Members, key.owner);
    const checking = await checkingUnionOf(ports.store, holder);

    const now = ports.clock.now();
    const id = phoneConflictIdOf(caller.openid, sealed.fields.phoneHash);
    const report = await ports.store.transaction(async (tx) => {
      const existing = await tx.get(PhoneConflicts, id);
      if (existing?.status === 'open') return { doc: existing, isNew: false };
      const doc: PhoneConflictDoc = {
        _id: id,
        claimantOpenid: caller.openid,
        claimantName: input.name,
        note: input.note ?? null,
        ...sealed.fields,
        holderOpenid: key.owner,
        holderUnionId: checking.unionId,
        holderUnionPath: checking.unionPath,
        status: 'open',
        reportedAt: now,
        resolvedAt: null,
        resolverOpenid: null,
        reason: null,
      };
      if (existing) {
        const { _id, ...fields } = doc;
        await tx.update(PhoneConflicts, _id, { $set: fields });
      } else {
        await tx.insert(PhoneConflicts, doc);
      }
      return { doc, isNew: true };
    });

    if (report.isNew) {
      await notifyUnionReviewers(
        ports,
        checking,
        'phoneConflictReported',
        // No number in the message: it stays in the queue, where only staff of this union look.
        { result: '有人申请核实一个手机号' },
        'packages/staff/phone-conflicts/index',
      );
    }
    return ok(toPhoneConflictSelfView(report.doc));
  },
});
