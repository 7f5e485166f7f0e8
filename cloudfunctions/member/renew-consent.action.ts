import { memberContracts } from '@core/contracts/member.contract';
import { privacyNoticeVersion } from '@core/privacy';
import { consentIsCurrent } from '@core/rules/consent';
import { Members } from '../common/collections/members.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';

/**
 * The privacy notice changed: the worker reads it again and agrees, and the version they agreed to is
 * stored, so actions that collect something new go ahead again. Nothing to store without a record.
 */
export const renewConsent = defineAction({
  contract: memberContracts.renewConsent,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    if (!consentIsCurrent(input.consent.version)) {
      return fail('MEMBER.CONSENT_OUTDATED', { fields: { 'consent.version': '隐私政策又更新了，请重新阅读' } });
    }
    const member = await ports.store.get(Members, caller.openid);
    if (member && !consentIsCurrent(member.consent.version)) {
      const now = ports.clock.now();
      await ports.store.update(Members, member._id, {
        $set: { consent: { version: privacyNoticeVersion, privacyAt: now, sensitiveAt: now }, updatedAt: now },
      });
    }
    return ok({ consentVersion: privacyNoticeVersion });
  },
});
