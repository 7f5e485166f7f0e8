import { Text, View } from '@tarojs/components';
import './Chips.scss';

export interface ChipsProps<T extends string> {
  /** `nx-item` → each chip gets the id `nx-item-<value>` (tests, scrolling). */
  idPrefix: string;
  options: readonly T[];
  selected: readonly T[];
  labelOf: (option: T) => string;
  onTap: (option: T) => void;
}

/** One-tap choices that wrap: several may be on (检查项目, 职业, 日期, 时段). */
export function Chips<T extends string>({ idPrefix, options, selected, labelOf, onTap }: ChipsProps<T>) {
  return (
    <View className="nx-hchips">
      {options.map((option) => (
        <View key={option} id={`${idPrefix}-${option}`} className={`nx-hchip ${idPrefix} ${selected.includes(option) ? 'nx-hchip--on' : ''}`} onClick={() => onTap(option)}>
          <Text>{labelOf(option)}</Text>
        </View>
      ))}
    </View>
  );
}

export const toggled = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
