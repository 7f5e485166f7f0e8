import type { Occupation } from '@core/enums/occupation';
import { monthKey } from '@core/rules/time';
import { Counters } from '../common/collections/counters.collection';
import type { DocumentOps } from '../common/ports/store.port';

export type WelfareMetric = 'claimed' | 'redeemed' | 'expired' | 'cancelled';

/**
 * `welfare:${unionId}:${occupation}:${month}` — kind `welfare`: vouchers `claimed`, `redeemed`,
 * `expired` and `cancelled` in `month` (when it happened), for the campaign's union and the worker's
 * occupation group. Kept in the same transaction as the voucher change it counts.
 */
export const welfareCounterIdOf = (unionId: string, occupation: string, month: string): string =>
  `welfare:${unionId}:${occupation}:${month}`;

export const countWelfare = (
  tx: DocumentOps,
  voucher: { unionId: string; unionPath: string; occupation: Occupation },
  metric: WelfareMetric,
  at: number,
): Promise<void> => {
  const month = monthKey(at);
  return tx.increment(Counters, welfareCounterIdOf(voucher.unionId, voucher.occupation, month), { [metric]: 1 }, {
    kind: 'welfare',
    unionId: voucher.unionId,
    unionPath: voucher.unionPath,
    occupation: voucher.occupation,
    month,
  });
};
