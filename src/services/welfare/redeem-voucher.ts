import { call } from '../call';

/** 核销, step two: hands the pack out at `stationId`; the requestId makes a repeated tap count once. */
export const redeemVoucher = (code: string, stationId: string, requestId: string) => call('welfare', 'redeem', { code, stationId }, { requestId });
