import { privacyNoticeVersion } from '@core/privacy';
import { call } from '../call';

/** Agrees to the current privacy notice again, after it changed. */
export const renewConsent = (requestId: string) =>
  call('member', 'renewConsent', { consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }, { requestId });
