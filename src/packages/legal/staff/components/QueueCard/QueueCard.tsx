import { Text, View } from '@tarojs/components';
import type { QueueRow } from '@core/contracts/legal-views';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { formatYuan } from '@core/rules/yuan';
import { formatDate } from '../../../../../utils/format-time';
import { CaseStatusBadge } from '../../../components/CaseStatusBadge';
import './QueueCard.scss';

/** 还剩2个工作日 / 今天到期 / 已超期1个工作日: the answer deadline in the words staff act on. */
export const deadlineText = (daysLeft: number): string =>
  daysLeft > 0 ? `还剩${daysLeft}个工作日` : daysLeft === 0 ? '今天到期' : `已超期${-daysLeft}个工作日`;

export interface QueueCardProps {
  row: QueueRow;
  onOpen: () => void;
}

/** One case in the staff queue: who, what about, against whom, and how long is left to answer. */
export function QueueCard({ row, onOpen }: QueueCardProps) {
  return (
    <View className={`nx-card nx-queue-card ${row.overdue ? 'nx-queue-card--overdue' : ''}`} id={`nx-queue-${row.id}`} onClick={onOpen}>
      <View className="nx-queue-card__head">
        <Text className="nx-queue-card__type">{legalCaseTypeLabels[row.caseType]}</Text>
        <CaseStatusBadge status={row.status} />
      </View>
      <Text className="nx-queue-card__line">
        {row.applicantName} · 对方：{row.otherParty.name}
        {row.amountClaimed ? ` · ${formatYuan(row.amountClaimed)}` : ''}
      </Text>
      <Text className="nx-queue-card__line nx-muted">
        {formatDate(row.submittedAt)}提交 · {row.union.name}
        {row.evidenceCount > 0 ? ` · 证据${row.evidenceCount}份` : ''}
      </Text>
      {row.handler ? <Text className="nx-queue-card__line nx-muted">承办：{row.handler}</Text> : null}
      {row.daysLeft !== null ? (
        <Text className={`nx-queue-card__deadline nx-queue-deadline ${row.overdue ? 'nx-queue-deadline--overdue' : ''}`}>{deadlineText(row.daysLeft)}</Text>
      ) : null}
      {row.answeredLate ? <Text className="nx-queue-card__late">超时答复</Text> : null}
    </View>
  );
}
