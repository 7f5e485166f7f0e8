import { Text, View } from '@tarojs/components';
import './ChoiceGroup.scss';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string> {
  /** `nx-case-type` → each choice gets the id `nx-case-type-<value>` (scrolling to errors, tests). */
  idPrefix: string;
  options: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Choices per row: 2 for short words, 1 for long ones. */
  columns?: 1 | 2 | 3;
}

/** One-tap choices, big enough for a thumb in a glove: no dropdown to open, no list to scroll. */
export function ChoiceGroup<T extends string>({ idPrefix, options, value, onChange, columns = 2 }: ChoiceGroupProps<T>) {
  return (
    <View className={`nx-lchoices nx-lchoices--${columns}`}>
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <View
            key={option.value}
            id={`${idPrefix}-${option.value}`}
            className={`nx-lchoice ${idPrefix} ${selected ? 'nx-lchoice--selected' : ''}`}
            onClick={() => onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
