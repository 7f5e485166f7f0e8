import type { TransitionInput } from '@core/contracts/legal-inputs';
import { legalNoteKindLabels, legalOutcomeLabels } from '@core/enums/legal-case-terms';
import { formatYuan } from '@core/rules/yuan';
import type { LegalActor, LegalCaseDoc, LegalHandler, TimelineEntry } from '../common/collections/legal-cases.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';
import { handlerLabel } from './legal-actors';
import type { LegalMetric } from './legal-counters';
import type { LegalTemplate } from './notifications';
import { timelineEntry } from './timeline';

type Parsed<S extends TransitionInput['step']> = Extract<TransitionInput, { step: S }>;

export interface StepContext {
  actor: Extract<LegalActor, { kind: 'staff' }>;
  /** For `assign`: whom to, already checked against the case's unions. */
  handler: LegalHandler | null;
  now: number;
  pii: PiiCipher;
}

/** What one step writes besides the status: fields, its timeline entry, counters, the audit line and the worker's message. */
export interface StepChange {
  fields: Partial<LegalCaseDoc>;
  entry: TimelineEntry;
  counters: Partial<Record<LegalMetric, number>>;
  /** For the audit log: what happened, without the case's free text. */
  auditSummary: string;
  notice: { template: LegalTemplate; result: string };
}

/** An answer (accept or decline) after the deadline counts once as overdue for the dashboard. */
const lateness = (doc: LegalCaseDoc, now: number) => (now > doc.answerBy ? 1 : 0);

export const changeFor = (doc: LegalCaseDoc, input: TransitionInput, { actor, handler, now, pii }: StepContext): StepChange => {
  const entry = (fields: Parameters<typeof timelineEntry>[1]) => timelineEntry(pii, fields);
  switch (input.step) {
    case 'accept':
      return {
        fields: { answeredAt: now },
        entry: entry({ at: now, kind: 'accepted', actor, text: input.message ?? null }),
        counters: { accepted: 1, overdue: lateness(doc, now) },
        auditSummary: '受理法律援助申请',
        notice: { template: 'legalAccepted', result: '你的法律援助申请已受理' },
      };
    case 'decline':
      return {
        fields: { answeredAt: now },
        entry: entry({ at: now, kind: 'declined', actor, text: (input as Parsed<'decline'>).reason }),
        counters: { declined: 1, overdue: lateness(doc, now) },
        auditSummary: '不予受理法律援助申请',
        notice: { template: 'legalDeclined', result: '你的法律援助申请未被受理，请查看原因' },
      };
    case 'assign': {
      if (!handler) throw new Error('assign needs a handler');
      return {
        fields: { handler },
        entry: entry({ at: now, kind: 'assigned', actor, handler, text: input.message ?? null }),
        counters: {},
        auditSummary: `指派承办人：${handlerLabel(handler)}`,
        notice: { template: 'legalAssigned', result: '已为你的案件指派承办人' },
      };
    }
    case 'note':
      return {
        fields: {},
        entry: entry({ at: now, kind: 'note', actor, noteKind: input.noteKind, eventDate: input.eventDate ?? null, text: input.text }),
        counters: {},
        auditSummary: `记录进展：${legalNoteKindLabels[input.noteKind]}`,
        notice: { template: 'legalUpdated', result: '你的案件有新进展' },
      };
    case 'close': {
      const amount = input.amountRecovered ?? null;
      return {
        fields: { closedAt: now, outcome: input.outcome, amountRecovered: amount },
        entry: entry({ at: now, kind: 'closed', actor, outcome: input.outcome, amount, text: input.summary ?? null }),
        counters: { closed: 1, amountRecovered: amount ?? 0 },
        auditSummary: `办结：${legalOutcomeLabels[input.outcome]}${amount ? `，追回${formatYuan(amount)}` : ''}`,
        notice: { template: 'legalClosed', result: '你的案件已办结，欢迎评价' },
      };
    }
  }
};
