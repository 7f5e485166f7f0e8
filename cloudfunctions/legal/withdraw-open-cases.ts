import { isOpenCase, statusAfter } from '@core/rules/legal-case';
import { LegalCases, type LegalCaseDoc } from '../common/collections/legal-cases.collection';
import type { Page } from '../common/ports/store.port';
import type { Ports } from '../common/runtime/ports';
import { countLegal } from './legal-counters';
import type { TimelineEntry } from '../common/collections/legal-cases.collection';

/**
 * Closes every open case of `openid` as 当事人撤回 (issue 7: before a worker's data is deleted), each in
 * its own transaction with its timeline entry and the `closed` counter, so the union's figures stay
 * right after the case itself is gone. Safe to run twice: closed cases are left alone. Returns how
 * many it closed.
 */
/** The system's entry: no free text, so nothing to seal (erasing runs without the cipher). */
const withdrawalEntry = (at: number): TimelineEntry => ({
  at,
  kind: 'withdrawn',
  actor: { kind: 'system' },
  noteKind: null,
  handler: null,
  outcome: 'withdrawn',
  amount: null,
  count: null,
  eventDate: null,
  textCipher: null,
});

export const withdrawOpenCasesOf = async (openid: string, ports: Pick<Ports, 'store' | 'clock'>): Promise<number> => {
  let withdrawn = 0;
  let cursor: string | null = null;
  do {
    const page: Page<LegalCaseDoc> = await ports.store.find(LegalCases, { where: { applicantOpenid: openid }, limit: 100, cursor });
    for (const found of page.items.filter((doc) => isOpenCase(doc.status))) {
      const now = ports.clock.now();
      const closed = await ports.store.transaction(async (tx) => {
        const doc = await tx.get(LegalCases, found._id);
        if (!doc || statusAfter(doc.status, 'withdraw') === null) return false;
        const entry = withdrawalEntry(now);
        await tx.update(LegalCases, doc._id, {
          $set: { status: 'closed', outcome: 'withdrawn', closedAt: now, timeline: [...doc.timeline, entry], updatedAt: now },
        });
        await countLegal(tx, doc, now, { closed: 1 });
        return true;
      });
      if (closed) withdrawn += 1;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return withdrawn;
};
