import type { LegalSettingsView } from '@core/contracts/legal-views';
import { Unions, type UnionDoc } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';
import { answerWorkingDaysFor } from './answer-deadline';

/** A union's commitment and where it comes from: its own, a union above it, or the default. */
export const settingsViewOf = async (store: Store, union: UnionDoc): Promise<LegalSettingsView> => {
  const { days, fromUnionId } = await answerWorkingDaysFor(store, union.path);
  const base = { union: { id: union._id, name: union.name }, answerWorkingDays: days };
  if (fromUnionId === null) return { ...base, source: 'default', inheritedFrom: null };
  if (fromUnionId === union._id) return { ...base, source: 'own', inheritedFrom: null };
  const from = await store.get(Unions, fromUnionId);
  return { ...base, source: 'inherited', inheritedFrom: { id: fromUnionId, name: from?.name ?? '上级工会' } };
};
