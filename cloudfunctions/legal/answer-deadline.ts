import { defaultAnswerWorkingDays } from '@core/rules/working-days';
import { LegalSettings } from '../common/collections/legal-settings.collection';
import type { Store } from '../common/ports/store.port';

/** `/root/street/g1/` → [`root`, `street`, `g1`]: a union path is its ancestors' ids, top down. */
export const unionIdsOnPath = (unionPath: string): string[] => unionPath.split('/').filter(Boolean);

/**
 * The answer commitment for a union: its own setting, else the nearest union above it that has one,
 * else 3 working days. One read, whatever the depth.
 */
export const answerWorkingDaysFor = async (store: Store, unionPath: string): Promise<{ days: number; fromUnionId: string | null }> => {
  const ids = unionIdsOnPath(unionPath);
  const settings = await store.find(LegalSettings, { where: { _id: { $in: ids } }, limit: 100 });
  const nearest = settings.items.sort((a, b) => b.unionPath.length - a.unionPath.length)[0];
  return nearest ? { days: nearest.answerWorkingDays, fromUnionId: nearest._id } : { days: defaultAnswerWorkingDays, fromUnionId: null };
};
