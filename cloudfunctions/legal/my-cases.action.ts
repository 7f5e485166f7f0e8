import { legalContracts } from '@core/contracts/legal.contract';
import { LegalCases } from '../common/collections/legal-cases.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toCaseSummary } from './case-views';

/** 我的法律援助: the caller's own cases, newest first (former members keep seeing theirs). */
export const listMyCases = defineAction({
  contract: legalContracts.myCases,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const page = await ports.store.find(LegalCases, {
      where: { applicantOpenid: caller.openid },
      orderBy: [['submittedAt', 'desc']],
      limit: input.limit,
      cursor: input.cursor ?? null,
    });
    return ok({ items: page.items.map(toCaseSummary), nextCursor: page.nextCursor });
  },
});
