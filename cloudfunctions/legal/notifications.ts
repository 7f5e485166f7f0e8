import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import type { NotificationTemplate } from '@core/enums/notification-templates';
import type { LegalCaseDoc } from '../common/collections/legal-cases.collection';
import { Staff } from '../common/collections/staff.collection';
import type { Ports } from '../common/runtime/ports';

/**
 * Messages about a case (the `legal…` names of @core/enums/notification-templates). They say that
 * something happened and where to look — never the story, a reason or a note, which stay in the app
 * behind the worker's own sign-in.
 */
export type LegalTemplate = Extract<NotificationTemplate, `legal${string}`>;

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
