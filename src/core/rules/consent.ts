import { privacyNoticeVersion } from '../privacy';

/**
 * Whether consent given to notice `agreedVersion` still covers new collection. A worker who agreed to
 * an older notice is asked again (`member.renewConsent`) before any action collects something new;
 * such actions answer MEMBER.CONSENT_OUTDATED until then.
 */
export const consentIsCurrent = (agreedVersion: string): boolean => agreedVersion === privacyNoticeVersion;

/**
 * The actions that collect something new about the caller (`function.action`). Written once for both
 * sides: the router refuses them with MEMBER.CONSENT_OUTDATED, before anything is written, to a caller
 * whose stored consent (a member record of any status) is to an older notice; the app then opens the
 * renew page. A caller with no record at all has no consent to be out of date.
 */
export const collectingActions: readonly string[] = [
  'member.changePhone',
  'member.requestTransfer',
  'health.book',
  'legal.submit',
  'legal.uploadEvidence',
  'legal.addEvidence',
  'welfare.claim',
  'welfare.joinWaitlist',
  'drive.signIn',
];

export const collectsPersonalData = (fn: string, action: string): boolean => collectingActions.includes(`${fn}.${action}`);
