import { memberContracts } from '@core/contracts/member.contract';
import { privacyNoticeVersion } from '@core/privacy';
import { Members } from '../common/collections/members.collection';
import { Staff } from '../common/collections/staff.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toSelfView } from './member-views';

/** The caller's own state: their application or membership, and any staff grants they hold. */
export const describeMe = defineAction({
  contract: memberContracts.me,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const [member, grants] = await Promise.all([
      ports.store.get(Members, caller.openid),
      ports.store.find(Staff, { where: { openid: caller.openid }, limit: 100 }),
    ]);
    return ok({
      member: member ? toSelfView(member) : null,
      staff: grants.items.map((grant) => ({ union: { id: grant.unionId, name: grant.unionName }, roles: grant.roles })),
      privacyVersion: privacyNoticeVersion,
    });
  },
});
