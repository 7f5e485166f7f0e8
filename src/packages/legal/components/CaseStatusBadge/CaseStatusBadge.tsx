import { Text } from '@tarojs/components';
import { legalCaseStatusLabels, type LegalCaseStatus } from '@core/enums/legal-case-status';
import './CaseStatusBadge.scss';

/** 待受理 / 已受理 / 办理中 / 不予受理 / 已办结, each in its own colour (and always in words). */
export function CaseStatusBadge({ status }: { status: LegalCaseStatus }) {
  return <Text className={`nx-case-status nx-case-status--${status}`}>{legalCaseStatusLabels[status]}</Text>;
}
