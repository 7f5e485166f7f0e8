import { call } from '../call';

/** Fetches the electronic member card; fails with MEMBER.NOT_MEMBER until the application is approved. */
export const fetchMemberCard = () => call('member', 'card', {});
