import { legalContracts } from '@core/contracts/legal.contract';
import { canRate } from '@core/rules/legal-case';
import { LegalCases } from '../common/collections/legal-cases.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { ownCase } from './case-access';
import { countLegal } from './legal-counters';
import { timelineEntry } from './timeline';

/** The worker rates a closed case once (1–5 stars and a comment); the stars go into the union's counters. */
export const rateCase = defineAction({
  contract: legalContracts.rate,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const found = await ownCase(ports.store, input.caseId, caller.openid);
    if (isFailure(found)) return found;
    const now = ports.clock.now();

    const rated = await inTransaction(ports.store, async (tx, abort: Abort<'LEGAL.CASE_NOT_FOUND' | 'LEGAL.NOT_CLOSED' | 'LEGAL.ALREADY_RATED'>) => {
      const doc = await tx.get(LegalCases, found._id);
      if (!doc) return abort(fail('LEGAL.CASE_NOT_FOUND'));
      if (doc.rating) return abort(fail('LEGAL.ALREADY_RATED'));
      if (!canRate(doc.status, false)) return abort(fail('LEGAL.NOT_CLOSED'));
      const rating = { stars: input.stars, commentCipher: input.comment ? ports.pii.encrypt(input.comment) : null, at: now };
      const entry = timelineEntry(ports.pii, { at: now, kind: 'rated', actor: { kind: 'applicant' }, count: input.stars, text: input.comment ?? null });
      const next = { ...doc, rating, timeline: [...doc.timeline, entry], updatedAt: now };
      await tx.update(LegalCases, doc._id, { $set: { rating, timeline: next.timeline, updatedAt: now } });
      await countLegal(tx, doc, now, { rated: 1, ratingStars: input.stars });
      return next;
    });
    if (!rated.ok) return rated;
    return ok({ id: rated.data._id, stars: input.stars });
  },
});
