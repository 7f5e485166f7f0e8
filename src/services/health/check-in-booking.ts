import { call } from '../call';

/** Checks a worker in at a site by the code scanned or typed. */
export const checkInBooking = (planId: string, siteId: string, code: string, requestId: string) =>
  call('health', 'checkIn', { planId, siteId, code }, { requestId });
