import { monthKey } from '@core/rules/time';
import { Counters } from '../common/collections/counters.collection';
import type { DocumentOps } from '../common/ports/store.port';

/**
 * The dashboard's 法律援助 numbers, per union × month (Asia/Shanghai), kept in the same transaction as
 * the case change they count: `legal:${unionId}:${month}`, kind `legal`. Metrics:
 * - `opened` (submitted), `accepted`, `declined`, `closed` (including withdrawn);
 * - `overdue`: answered (accepted or declined) after the answer deadline — cases still waiting past it
 *   are no counter's: the dashboard counts them live, one `count` on `legalCases` per subtree (status
 *   `submitted`, `answerBy` < now; cloudfunctions/stats/live-figures.ts), shown as 超期未答复;
 * - `amountRecovered`: whole yuan recovered, summed at closing;
 * - `rated` and `ratingStars`: ratings given and their stars, for the average.
 */
export type LegalMetric = 'opened' | 'accepted' | 'declined' | 'closed' | 'overdue' | 'amountRecovered' | 'rated' | 'ratingStars';

export const legalCounterIdOf = (unionId: string, month: string): string => `legal:${unionId}:${month}`;

export const countLegal = async (
  tx: DocumentOps,
  union: { unionId: string; unionPath: string },
  at: number,
  by: Partial<Record<LegalMetric, number>>,
): Promise<void> => {
  const month = monthKey(at);
  const metrics = Object.fromEntries(Object.entries(by).filter(([, value]) => value !== undefined && value !== 0)) as Record<string, number>;
  if (Object.keys(metrics).length === 0) return;
  await tx.increment(Counters, legalCounterIdOf(union.unionId, month), metrics, {
    kind: 'legal',
    unionId: union.unionId,
    unionPath: union.unionPath,
    month,
  });
};
