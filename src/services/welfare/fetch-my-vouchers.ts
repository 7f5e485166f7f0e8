import { call } from '../call';

/** Fetches one page of the worker's 礼包券, newest first. */
export const fetchMyVouchers = (cursor?: string) => call('welfare', 'myClaims', cursor ? { cursor } : {});
