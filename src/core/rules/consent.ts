import { privacyNoticeVersion } from '../privacy';

/**
 * Whether consent given to notice `agreedVersion` still covers new collection. A worker who agreed to
 * an older notice is asked again (`member.renewConsent`) before any action collects something new;
 * such actions answer MEMBER.CONSENT_OUTDATED until then.
 */
export const consentIsCurrent = (agreedVersion: string): boolean => agreedVersion === privacyNoticeVersion;
