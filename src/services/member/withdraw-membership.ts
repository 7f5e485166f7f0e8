import { call } from '../call';

/** 退会: ends the membership (the page has asked twice before calling). */
export const withdrawMembership = (reason: string | undefined, requestId: string) =>
  call('member', 'withdraw', reason ? { reason } : {}, { requestId });
