import type { TimelineEntryView } from '@core/contracts/legal-views';
import { legalNoteKindLabels, legalOutcomeLabels } from '@core/enums/legal-case-terms';
import { formatYuan } from '@core/rules/yuan';
import type { LegalActor, TimelineEntry } from '../common/collections/legal-cases.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';
import { actorLabel, handlerLabel, type Viewer } from './legal-actors';

/**
 * Case timeline entries: written with the structured facts and the free text sealed; read back as
 * one line of title, who did it (as the viewer may see them) and the text.
 */
export const timelineEntry = (
  pii: PiiCipher,
  entry: Pick<TimelineEntry, 'at' | 'kind'> & Partial<Omit<TimelineEntry, 'at' | 'kind' | 'actor' | 'textCipher'>> & { actor: LegalActor; text?: string | null },
): TimelineEntry => ({
  at: entry.at,
  kind: entry.kind,
  actor: entry.actor,
  noteKind: entry.noteKind ?? null,
  handler: entry.handler ?? null,
  outcome: entry.outcome ?? null,
  amount: entry.amount ?? null,
  count: entry.count ?? null,
  eventDate: entry.eventDate ?? null,
  textCipher: entry.text ? pii.encrypt(entry.text) : null,
});

/** `2026-12-03` → `12月3日` */
const shortDate = (date: string): string => {
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日`;
};

const titleOf = (entry: TimelineEntry): string => {
  switch (entry.kind) {
    case 'submitted':
      return '提交法律援助申请';
    case 'accepted':
      return '工会已受理';
    case 'declined':
      return '不予受理';
    case 'assigned':
      return entry.handler ? `指派承办人：${handlerLabel(entry.handler)}` : '指派承办人';
    case 'note':
      return `${entry.noteKind ? legalNoteKindLabels[entry.noteKind] : '进展'}${entry.eventDate ? `（${shortDate(entry.eventDate)}）` : ''}`;
    case 'evidence':
      return `补充证据${entry.count ?? ''}份`;
    case 'closed':
      return `案件办结：${entry.outcome ? legalOutcomeLabels[entry.outcome] : '已结束'}${entry.amount ? `，追回${formatYuan(entry.amount)}` : ''}`;
    case 'rated':
      return `评价：${entry.count ?? 0}星`;
    case 'withdrawn':
      return '申请人撤回，案件结束';
  }
};

export const describeTimeline = (timeline: readonly TimelineEntry[], viewer: Viewer, pii: PiiCipher): TimelineEntryView[] =>
  timeline.map((entry) => ({
    at: entry.at,
    kind: entry.kind,
    noteKind: entry.noteKind,
    title: titleOf(entry),
    actor: actorLabel(entry.actor, viewer),
    text: entry.textCipher ? pii.decrypt(entry.textCipher) : null,
  }));
