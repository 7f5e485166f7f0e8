import { ScrollView, View } from '@tarojs/components';
import { legalCaseTypeLabels, legalCaseTypes, type LegalCaseType } from '@core/enums/legal-case-type';
import './TypeFilter.scss';

/** Short names for the filter row; the full ones are on the cards. */
const shortLabels: Record<LegalCaseType, string> = {
  wageArrears: legalCaseTypeLabels.wageArrears,
  workInjury: legalCaseTypeLabels.workInjury,
  laborRelation: '劳动关系',
  socialInsurance: '社保',
  trafficAccident: '交通事故',
  platformPenalty: '平台罚款',
  other: legalCaseTypeLabels.other,
};

export interface TypeFilterProps {
  value: LegalCaseType | null;
  onChange: (value: LegalCaseType | null) => void;
}

/** 全部 or one case type, in a row that scrolls sideways. */
export function TypeFilter({ value, onChange }: TypeFilterProps) {
  const chip = (key: LegalCaseType | null, label: string) => (
    <View
      key={key ?? 'all'}
      id={`nx-type-filter-${key ?? 'all'}`}
      className={`nx-type-filter__chip ${value === key ? 'nx-type-filter__chip--on' : ''}`}
      onClick={() => onChange(key)}
    >
      {label}
    </View>
  );
  return (
    <ScrollView className="nx-type-filter" scrollX enableFlex>
      {chip(null, '全部类型')}
      {legalCaseTypes.map((key) => chip(key, shortLabels[key]))}
    </ScrollView>
  );
}
