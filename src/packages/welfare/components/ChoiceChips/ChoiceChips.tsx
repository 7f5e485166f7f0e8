import { Text, View } from '@tarojs/components';
import './ChoiceChips.scss';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceChipsProps<T extends string> {
  options: readonly ChoiceOption<T>[];
  /** One value, or several when `multiple`. */
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** Each chip gets `id="<idPrefix>-<value>"` for tests and labels. */
  idPrefix: string;
  columns?: 2 | 3;
}

/** Big one-tap choices: no dropdown to open, no list to scroll. */
export function ChoiceChips<T extends string>({ options, selected, onToggle, idPrefix, columns = 2 }: ChoiceChipsProps<T>) {
  return (
    <View className={`nx-choice-chips nx-choice-chips--${columns}`}>
      {options.map((option) => {
        const on = selected.includes(option.value);
        return (
          <View
            key={option.value}
            id={`${idPrefix}-${option.value}`}
            className={`nx-choice-chip ${on ? 'nx-choice-chip--selected' : ''}`}
            onClick={() => onToggle(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
