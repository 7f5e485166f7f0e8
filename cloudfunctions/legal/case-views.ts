import type { CaseSummary, EvidenceView, QueueRow, StaffCaseView, WorkerCaseView } from '@core/contracts/legal-views';
import { canRate, isOpenCase, staffStepsFrom } from '@core/rules/legal-case';
import { workingDaysLeft } from '@core/rules/working-days';
import type { EvidenceFile, LegalActor, LegalCaseDoc } from '../common/collections/legal-cases.collection';
import type { Ports } from '../common/runtime/ports';
import { actorLabel, handlerLabel, type Viewer } from './legal-actors';
import { describeTimeline } from './timeline';

/** A case as each viewer may see it. Lists carry no free text; details open it for the worker and the union's staff only. */

export const toCaseSummary = (doc: LegalCaseDoc): CaseSummary => ({
  id: doc._id,
  caseType: doc.caseType,
  status: doc.status,
  union: { id: doc.unionId, name: doc.unionName },
  otherParty: doc.otherParty,
  amountClaimed: doc.amountClaimed,
  submittedAt: doc.submittedAt,
  updatedAt: doc.updatedAt,
  answerBy: doc.answerBy,
  evidenceCount: doc.evidence.length,
  handler: doc.handler ? handlerLabel(doc.handler) : null,
  rated: doc.rating !== null,
});

export const toQueueRow = (doc: LegalCaseDoc, now: number): QueueRow => {
  const waiting = doc.status === 'submitted';
  return {
    ...toCaseSummary(doc),
    applicantName: doc.applicantName,
    daysLeft: waiting ? workingDaysLeft(now, doc.answerBy) : null,
    overdue: waiting && now > doc.answerBy,
    answeredLate: doc.answeredAt !== null && doc.answeredAt > doc.answerBy,
  };
};

/** Temporary links, asked for only here: for the worker's own case or a case in the caller's scope. */
const evidenceViews = (files: Ports['files'], evidence: readonly EvidenceFile[]): Promise<EvidenceView[]> =>
  Promise.all(
    evidence.map(async (file) => ({
      id: file.id,
      name: file.name,
      contentType: file.contentType,
      size: file.size,
      addedAt: file.addedAt,
      url: await files.url(file.fileId),
    })),
  );

const detailOf = async (doc: LegalCaseDoc, viewer: Viewer, ports: Pick<Ports, 'files' | 'pii'>) => ({
  story: ports.pii.decrypt(doc.storyCipher),
  startedOn: doc.startedOn,
  contact: { phoneMasked: doc.contact.phoneMasked, time: doc.contact.time },
  evidence: await evidenceViews(ports.files, doc.evidence),
  timeline: describeTimeline(doc.timeline, viewer, ports.pii),
  outcome: doc.outcome,
  amountRecovered: doc.amountRecovered,
  rating: doc.rating
    ? { stars: doc.rating.stars, comment: doc.rating.commentCipher ? ports.pii.decrypt(doc.rating.commentCipher) : null, at: doc.rating.at }
    : null,
});

export const toWorkerCaseView = async (doc: LegalCaseDoc, ports: Pick<Ports, 'files' | 'pii'>): Promise<WorkerCaseView> => ({
  ...toCaseSummary(doc),
  ...(await detailOf(doc, 'applicant', ports)),
  canAddEvidence: isOpenCase(doc.status),
  canRate: canRate(doc.status, doc.rating !== null),
});

export const toStaffCaseView = async (
  doc: LegalCaseDoc,
  ports: Pick<Ports, 'files' | 'pii'>,
  now: number,
  viewer: Extract<LegalActor, { kind: 'staff' }>,
): Promise<StaffCaseView> => ({
  ...toQueueRow(doc, now),
  ...(await detailOf(doc, 'staff', ports)),
  nextSteps: staffStepsFrom(doc.status),
  lawyerId: doc.handler?.kind === 'lawyer' ? doc.handler.lawyerId : null,
  signing: { unionName: viewer.unionName, unsigned: actorLabel({ ...viewer, signature: null }, 'staff') },
});
