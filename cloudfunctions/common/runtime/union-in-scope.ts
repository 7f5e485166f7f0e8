import { Unions, type UnionDoc } from '../collections/unions.collection';
import type { Store } from '../ports/store.port';
import type { Caller } from './access';
import { fail, type Failure } from './action';

/**
 * The union a staff form names, if it exists and lies in the caller's subtrees. A missing one is told
 * next to the form's union field (it was deleted or mistyped); one outside is simply forbidden.
 */
export const unionInScope = async (store: Store, caller: Caller, unionId: string): Promise<UnionDoc | Failure<'UNION.NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const union = await store.get(Unions, unionId);
  if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
  if (!caller.scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');
  return union;
};
