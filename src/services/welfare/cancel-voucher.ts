import { call } from '../call';

/** Gives an unredeemed voucher back, so its pack goes to someone else. */
export const cancelVoucher = (voucherId: string, requestId: string) => call('welfare', 'cancelClaim', { voucherId }, { requestId });
