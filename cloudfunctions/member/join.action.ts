import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { privacyNoticeVersion } from '@core/privacy';
import { Drives } from '../common/collections/drives.collection';
import { Members, type MemberDoc, type PastMembership } from '../common/collections/members.collection';
import { uniqueKeyIdOf } from '../common/collections/unique-keys.collection';
import { Unions } from '../common/collections/unions.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { toSelfView } from './member-views';
import { sealPersonalData } from './personal-data';
import { claimKey, releaseKey } from './unique-keys';

type JoinFailure = ErrorOf<typeof memberContracts.join>;

/** The membership a 退会 ended, kept for the worker's timeline when they join again. */
const endedMembershipOf = (previous: MemberDoc): PastMembership[] =>
  previous.status === 'withdrawn' && previous.joinedAt !== null && previous.withdrawnAt !== null
    ? [{ unionId: previous.unionId, unionName: previous.unionName, joinedAt: previous.joinedAt, withdrawnAt: previous.withdrawnAt }]
    : [];

/**
 * 入会: a worker applies to a grassroots union (or re-applies after 驳回 or 退会). One membership per person:
 * the member `_id` is the openid, and the ID number and phone each own a unique-key document, all
 * written in one transaction. Nobody but the worker is told — never the employer.
 */
export const joinUnion = defineAction({
  contract: memberContracts.join,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    if (input.consent.version !== privacyNoticeVersion) {
      return fail('MEMBER.CONSENT_OUTDATED', { fields: { 'consent.version': '隐私政策已更新，请重新阅读' } });
    }
    if (input.driveId && !(await ports.store.get(Drives, input.driveId))) {
      return fail('DRIVE.NOT_FOUND', { fields: { driveId: '活动不存在' } });
    }
    const union = await ports.store.get(Unions, input.unionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
    if (!union.acceptsMembers) return fail('UNION.NOT_ACCEPTING', { fields: { unionId: '请选择基层工会' } });

    const now = ports.clock.now();
    const sealed = sealPersonalData(ports.pii, input.idNumber, input.phone);
    const openid = caller.openid;

    return inTransaction(ports.store, async (tx, abort: Abort<JoinFailure>) => {
      const previous = await tx.get(Members, openid);
      if (previous?.status === 'approved') abort(fail('MEMBER.ALREADY_JOINED'));
      if (previous?.status === 'pending') abort(fail('MEMBER.APPLICATION_PENDING'));

      if ((await claimKey(tx, 'idNumber', sealed.keys.idNumber, openid, now)) === 'taken') {
        abort(fail('MEMBER.ID_NUMBER_TAKEN', { fields: { idNumber: '这个身份证号已申请过入会' } }));
      }
      if ((await claimKey(tx, 'phone', sealed.keys.phone, openid, now)) === 'taken') {
        abort(fail('MEMBER.PHONE_TAKEN', { fields: { phone: '这个手机号已被使用' } }));
      }
      // A resubmission with a corrected ID number or phone frees the values it no longer uses.
      if (previous) {
        const stale = [uniqueKeyIdOf('idNumber', previous.idHash), uniqueKeyIdOf('phone', previous.phoneHash)].filter(
          (keyId) => keyId !== sealed.keys.idNumber && keyId !== sealed.keys.phone,
        );
        for (const keyId of stale) await releaseKey(tx, keyId, openid);
      }

      const application: MemberDoc = {
        _id: openid,
        status: 'pending',
        name: input.name,
        ...sealed.fields,
        occupation: input.occupation,
        employer: input.employer ?? null,
        workArea: input.workArea,
        unionId: union._id,
        unionPath: union.path,
        unionName: union.name,
        driveId: input.driveId ?? null,
        consent: { version: input.consent.version, privacyAt: now, sensitiveAt: now },
        submittedAt: now,
        reviewedAt: null,
        reviewerOpenid: null,
        rejectReason: null,
        // Joining again after 退会: the member number comes back on approval; the last membership goes to history.
        memberNo: previous?.memberNo ?? null,
        joinedAt: null,
        withdrawnAt: null,
        withdrawReason: null,
        // Joining again: whatever the last withdrawal had not given back is the member's again.
        holdingsPending: false,
        pastMemberships: previous ? [...previous.pastMemberships, ...endedMembershipOf(previous)] : [],
        pendingTransferId: null,
        phoneReleasedAt: null,
        updatedAt: now,
      };
      if (previous) {
        const { _id, ...fields } = application;
        await tx.update(Members, _id, { $set: fields });
      } else {
        await tx.insert(Members, application);
      }
      return toSelfView(application);
    });
  },
});
