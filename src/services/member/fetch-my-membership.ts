import { call } from '../call';

/** Fetches the caller's application or membership, their staff grants and the current privacy version. */
export const fetchMyMembership = () => call('member', 'me', {});
