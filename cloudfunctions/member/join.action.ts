import type { ErrorOf } from '@core/contract';
import { memberContracts } from '@core/contracts/member.contract';
import { privacyNoticeVersion } from '@core/privacy';
import { Drives } from '../common/collections/drives.collection';
import { Members, type MemberDoc } from '../common/collections/members.collection';
import { UniqueKeys, uniqueKeyIdOf, type UniqueKeyDoc } from '../common/collections/unique-keys.collection';
import { Unions } from '../common/collections/unions.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { toSelfView } from './member-views';
import { sealPersonalData } from './personal-data';

type JoinFailure = ErrorOf<typeof memberContracts.join>;

/**
 * 入会: a worker applies to a grassroots union (or re-applies after 驳回). One membership per person:
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

      const claimKey = async (kind: UniqueKeyDoc['kind'], keyId: string) => {
        const key = await tx.get(UniqueKeys, keyId);
        if (key && key.owner !== openid) {
          abort(
            kind === 'idNumber'
              ? fail('MEMBER.ID_NUMBER_TAKEN', { fields: { idNumber: '这个身份证号已申请过入会' } })
              : fail('MEMBER.PHONE_TAKEN', { fields: { phone: '这个手机号已被使用' } }),
          );
        }
        if (!key) await tx.insert(UniqueKeys, { _id: keyId, kind, owner: openid, createdAt: now });
      };
      await claimKey('idNumber', sealed.keys.idNumber);
      await claimKey('phone', sealed.keys.phone);

      // A resubmission with a corrected ID number or phone frees the values it no longer uses.
      if (previous) {
        const stale = [
          uniqueKeyIdOf('idNumber', previous.idHash),
          uniqueKeyIdOf('phone', previous.phoneHash),
        ].filter((keyId) => keyId !== sealed.keys.idNumber && keyId !== sealed.keys.phone);
        for (const keyId of stale) await tx.remove(UniqueKeys, keyId);
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
        memberNo: null,
        joinedAt: null,
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
