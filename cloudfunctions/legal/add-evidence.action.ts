import { legalContracts } from '@core/contracts/legal.contract';
import { isOpenCase } from '@core/rules/legal-case';
import { maxEvidencePerCase } from '@core/rules/evidence';
import { LegalCases } from '../common/collections/legal-cases.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { ownCase } from './case-access';
import { attachUploads } from './evidence-uploads';
import { notifyHandler } from './notifications';
import { timelineEntry } from './timeline';

type AddFailure = 'LEGAL.CASE_NOT_FOUND' | 'LEGAL.CASE_ENDED' | 'LEGAL.UPLOAD_NOT_FOUND' | 'LEGAL.TOO_MANY_EVIDENCE';

/** 补充证据 while the case is open: the files join the case and the timeline in one write. */
export const addEvidence = defineAction({
  contract: legalContracts.addEvidence,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const found = await ownCase(ports.store, input.caseId, caller.openid);
    if (isFailure(found)) return found;
    const now = ports.clock.now();

    const added = await inTransaction(ports.store, async (tx, abort: Abort<AddFailure>) => {
      const doc = await tx.get(LegalCases, found._id);
      if (!doc) return abort(fail('LEGAL.CASE_NOT_FOUND'));
      if (!isOpenCase(doc.status)) return abort(fail('LEGAL.CASE_ENDED'));
      if (doc.evidence.length + input.uploadIds.length > maxEvidencePerCase) return abort(fail('LEGAL.TOO_MANY_EVIDENCE'));
      const files = await attachUploads(tx, abort, { owner: caller.openid, uploadIds: input.uploadIds, caseId: doc._id, at: now, field: 'uploadIds' });
      const entry = timelineEntry(ports.pii, { at: now, kind: 'evidence', actor: { kind: 'applicant' }, count: files.length });
      const next = { ...doc, evidence: [...doc.evidence, ...files], timeline: [...doc.timeline, entry], updatedAt: now };
      await tx.update(LegalCases, doc._id, { $set: { evidence: next.evidence, timeline: next.timeline, updatedAt: now } });
      return next;
    });
    if (!added.ok) return added;

    await notifyHandler(ports, added.data, `当事人补充了${input.uploadIds.length}份证据`);
    return ok({ id: added.data._id, evidenceCount: added.data.evidence.length });
  },
});
