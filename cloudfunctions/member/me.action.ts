import { memberContracts } from '@core/contracts/member.contract';
import { privacyNoticeVersion } from '@core/privacy';
import { consentIsCurrent } from '@core/rules/consent';
import { Members } from '../common/collections/members.collection';
import { Staff } from '../common/collections/staff.collection';
import { Transfers } from '../common/collections/transfers.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toSelfView, toTransferSelfView } from './member-views';

/**
 * The caller's own state: their application or membership, their latest transfer, any staff grants,
 * and whether the privacy notice changed since they agreed to it (a withdrawn member is asked when
 * joining again instead).
 */
export const describeMe = defineAction({
  contract: memberContracts.me,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const [member, grants, transfers] = await Promise.all([
      ports.store.get(Members, caller.openid),
      ports.store.find(Staff, { where: { openid: caller.openid }, limit: 100 }),
      ports.store.find(Transfers, { where: { memberOpenid: caller.openid }, orderBy: [['requestedAt', 'desc']], limit: 1 }),
    ]);
    const latestTransfer = transfers.items[0];
    return ok({
      member: member ? toSelfView(member) : null,
      staff: grants.items.map((grant) => ({ union: { id: grant.unionId, name: grant.unionName }, roles: grant.roles })),
      privacyVersion: privacyNoticeVersion,
      consentNeeded: member !== null && member.status !== 'withdrawn' && !consentIsCurrent(member.consent.version),
      transfer: latestTransfer ? toTransferSelfView(latestTransfer) : null,
    });
  },
});
