import { LegalCases, type LegalCaseDoc } from '../common/collections/legal-cases.collection';
import type { Caller } from '../common/runtime/access';
import { fail, type Failure } from '../common/runtime/action';
import type { Store } from '../common/ports/store.port';

/**
 * Who may see a case: the worker who asked (others get "not found", so ids reveal nothing) and staff
 * whose scope covers the case's union — never a staff member on their own case.
 */
export const ownCase = async (store: Store, caseId: string, openid: string): Promise<LegalCaseDoc | Failure<'LEGAL.CASE_NOT_FOUND'>> => {
  const doc = await store.get(LegalCases, caseId);
  return doc && doc.applicantOpenid === openid ? doc : fail('LEGAL.CASE_NOT_FOUND');
};

export const caseInScope = async (
  store: Store,
  caseId: string,
  caller: Caller,
): Promise<LegalCaseDoc | Failure<'LEGAL.CASE_NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const doc = await store.get(LegalCases, caseId);
  if (!doc) return fail('LEGAL.CASE_NOT_FOUND');
  if (doc.applicantOpenid === caller.openid || !caller.scope?.covers(doc.unionPath)) return fail('AUTH.FORBIDDEN');
  return doc;
};
