import { call } from '../call';

/** 核销, step one: the voucher behind a typed or scanned code, its holder masked. */
export const lookupVoucher = (code: string) => call('welfare', 'lookupVoucher', { code });
