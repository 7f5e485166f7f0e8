import { Text, View } from '@tarojs/components';
import type { CaseSummary } from '@core/contracts/legal-views';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { formatDate } from '../../../../utils/format-time';
import { CaseStatusBadge } from '../CaseStatusBadge';
import './CaseCard.scss';

export interface CaseCardProps {
  item: CaseSummary;
  onOpen: () => void;
}

/** One of the worker's cases in 我的法律援助: what it is about, against whom, where it stands. */
export function CaseCard({ item, onOpen }: CaseCardProps) {
  return (
    <View className="nx-card nx-case-card" id={`nx-case-${item.id}`} onClick={onOpen}>
      <View className="nx-case-card__head">
        <Text className="nx-case-card__type">{legalCaseTypeLabels[item.caseType]}</Text>
        <CaseStatusBadge status={item.status} />
      </View>
      <Text className="nx-case-card__line">对方：{item.otherParty.name}</Text>
      <Text className="nx-case-card__line nx-muted">
        {formatDate(item.submittedAt)}提交 · {item.union.name}
      </Text>
      {item.handler ? <Text className="nx-case-card__line nx-muted">承办：{item.handler}</Text> : null}
      {item.status === 'closed' && !item.rated ? <Text className="nx-case-card__hint">案件已办结，请给工会打个分</Text> : null}
    </View>
  );
}
