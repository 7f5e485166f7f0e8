import { privacyNoticeVersion } from '../../privacy';
import { consentIsCurrent } from '../consent';

describe('consent to the privacy notice', () => {
  it('covers new collection only when given to the current notice', () => {
    expect(consentIsCurrent(privacyNoticeVersion)).toBe(true);
    expect(consentIsCurrent('2020-01-01')).toBe(false);
    expect(consentIsCurrent('')).toBe(false);
  });
});
