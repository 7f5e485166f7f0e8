import type { LegalCaseStatus } from '../enums/legal-case-status';

/**
 * 法律援助 case state machine, the one place that says which step may follow which:
 *
 *   submitted 待受理 ──accept──▶ accepted 已受理 ──assign──▶ assigned 办理中 ◀─assign (another handler)
 *        │                         │   ▲note                    │   ▲note
 *        └─decline─▶ declined      └──────close──▶ closed ◀──close┘
 *
 * `withdraw` is the worker leaving (their data being deleted): any open case ends as closed. Declined
 * and closed cases take no step at all.
 */
export const legalSteps = ['accept', 'decline', 'assign', 'note', 'close', 'withdraw'] as const;
export type LegalStep = (typeof legalSteps)[number];

const allowed: Record<LegalCaseStatus, Partial<Record<LegalStep, LegalCaseStatus>>> = {
  submitted: { accept: 'accepted', decline: 'declined', withdraw: 'closed' },
  accepted: { assign: 'assigned', note: 'accepted', close: 'closed', withdraw: 'closed' },
  assigned: { assign: 'assigned', note: 'assigned', close: 'closed', withdraw: 'closed' },
  declined: {},
  closed: {},
};

/** The status after `step`, or null when the step is not allowed from `from`. */
export const statusAfter = (from: LegalCaseStatus, step: LegalStep): LegalCaseStatus | null => allowed[from][step] ?? null;

/** The steps staff may take now (withdraw is the worker's, never offered to staff). */
export const staffStepsFrom = (status: LegalCaseStatus): LegalStep[] =>
  legalSteps.filter((step) => step !== 'withdraw' && statusAfter(status, step) !== null);

/** Open: the union still owes the worker something; evidence may still be added. */
export const isOpenCase = (status: LegalCaseStatus): boolean => status === 'submitted' || status === 'accepted' || status === 'assigned';

/** A case is rated once, after it is closed (a declined case has nothing to rate). */
export const canRate = (status: LegalCaseStatus, alreadyRated: boolean): boolean => status === 'closed' && !alreadyRated;
