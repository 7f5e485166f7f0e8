import type { Sums } from '@core/rules/feature-metrics';
import { LegalCases } from '../common/collections/legal-cases.collection';
import type { Store } from '../common/ports/store.port';

/**
 * The dashboard's live figures (metrics marked `live`), per feature kind: states no counter can keep,
 * since nothing is written when a deadline passes. One indexed count per subtree each
 * (legalCases `status, unionPath, answerBy`), so the reads stay the same at any number of cases.
 */
export const liveFiguresOf = async (store: Store, paths: readonly string[], now: number, kinds: ReadonlySet<string>): Promise<Record<string, Sums>> => {
  const figures: Record<string, Sums> = {};
  if (kinds.has('legal')) {
    let overdueWaiting = 0;
    for (const path of paths) {
      overdueWaiting += await store.count(LegalCases, { status: 'submitted', unionPath: { $prefix: path }, answerBy: { $lt: now } });
    }
    figures.legal = { overdueWaiting };
  }
  return figures;
};
