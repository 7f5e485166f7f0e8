import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import type { LegalCaseDoc } from '../common/collections/legal-cases.collection';
import { Staff } from '../common/collections/staff.collection';
import type { Ports } from '../common/runtime/ports';

/**
 * Messages about a case. They say that something happened and where to look — never the story, a
 * reason or a note, which stay in the app behind the worker's own sign-in.
 */
export const legalTemplateLabels = {
  legalReceived: '法律援助申请已收到',
  legalNewCase: '新的法律援助申请',
  legalAccepted: '法律援助申请已受理',
  legalDeclined: '法律援助申请不予受理',
  legalAssigned: '法律援助已指派承办人',
  legalUpdated: '法律援助案件有新进展',
  legalClosed: '法律援助案件已办结',
  legalEvidenceAdded: '当事人补充了证据',
} as const;
export type LegalTemplate = keyof typeof legalTemplateLabels;

export const workerCasePage = (caseId: string) => `packages/legal/case?id=${caseId}`;
export const staffCasePage = (caseId: string) => `packages/legal/staff/case?id=${caseId}`;

const factsOf = (doc: LegalCaseDoc) => ({ caseType: legalCaseTypeLabels[doc.caseType], union: doc.unionName });

/** Tells the worker about a step on their case (after the write has landed). */
export const notifyApplicant = (ports: Pick<Ports, 'notifier'>, doc: LegalCaseDoc, template: LegalTemplate, result: string) =>
  ports.notifier.notify(doc.applicantOpenid, template, { ...factsOf(doc), result }, workerCasePage(doc._id));

/** Tells the staff who serve the case's own union (operators and admins there) that a case came in. */
export const notifyUnionStaff = async (ports: Pick<Ports, 'notifier' | 'store'>, doc: LegalCaseDoc) => {
  const grants = await ports.store.find(Staff, { where: { unionPath: doc.unionPath }, limit: 100 });
  for (const grant of grants.items) {
    if (!grant.roles.some((role) => role === 'operator' || role === 'admin') || grant.openid === doc.applicantOpenid) continue;
    await ports.notifier.notify(grant.openid, 'legalNewCase', { ...factsOf(doc), result: '有新的法律援助申请待受理' }, staffCasePage(doc._id));
  }
};

/** Tells a staff handler that the worker added evidence. */
export const notifyHandler = async (ports: Pick<Ports, 'notifier'>, doc: LegalCaseDoc, result: string) => {
  if (doc.handler?.kind !== 'staff') return;
  await ports.notifier.notify(doc.handler.openid, 'legalEvidenceAdded', { ...factsOf(doc), result }, staffCasePage(doc._id));
};
