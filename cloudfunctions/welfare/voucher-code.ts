import { randomBytes } from 'node:crypto';
import { voucherCodeFromBytes } from '@core/rules/voucher-code';

/**
 * A fresh voucher code: 40 random bits. Codes are looked up together with the campaign's stations and
 * the staff member's scope, so the rare collision of two live codes only ever asks staff to pick.
 */
export const newVoucherCode = (): string => voucherCodeFromBytes(randomBytes(8));
