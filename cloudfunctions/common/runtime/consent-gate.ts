import { consentIsCurrent } from '@core/rules/consent';
import { Members, type MemberDoc } from '../collections/members.collection';
import type { Store } from '../ports/store.port';
import type { Caller } from './access';
import { fail, type Failure } from './action';

export interface ConsentGate {
  /** The caller's record, any status, or null: handed on so the action does not read it again. */
  record: MemberDoc | null;
  refusal: Failure<'MEMBER.CONSENT_OUTDATED'> | null;
}

/**
 * What a collecting action (`collectingActions`) is refused with before it runs: the caller's record —
 * any status, withdrawn included, since `member.renewConsent` updates it all the same — holds consent
 * to an older privacy notice. Checked before the requestId is remembered, so the same tap sent again
 * after agreeing goes through. No record, no stored consent to be out of date.
 */
export const checkConsent = async (store: Store, openid: string): Promise<ConsentGate> => {
  const record = await store.get(Members, openid);
  return { record, refusal: record && !consentIsCurrent(record.consent.version) ? fail('MEMBER.CONSENT_OUTDATED') : null };
};

/** The caller's member record, any status: the one the consent gate read, or read now. */
export const memberRecordOf = (caller: Caller, store: Store): Promise<MemberDoc | null> =>
  caller.record !== undefined ? Promise.resolve(caller.record) : store.get(Members, caller.openid);
