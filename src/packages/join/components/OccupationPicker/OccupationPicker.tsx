import { Text, View } from '@tarojs/components';
import { occupationLabels, occupations, type Occupation } from '@core/enums/occupation';
import '../choice.scss';
import './OccupationPicker.scss';

export interface OccupationPickerProps {
  value: Occupation | null;
  onChange: (value: Occupation) => void;
}

/** The occupation groups as big one-tap choices: no dropdown to open, no list to scroll. */
export function OccupationPicker({ value, onChange }: OccupationPickerProps) {
  return (
    <View className="nx-occupations">
      {occupations.map((key) => {
        const selected = key === value;
        return (
          <View
            key={key}
            id={`nx-occupation-${key}`}
            className={`nx-choice nx-occupation nx-occupation--${key} ${selected ? 'nx-choice--selected' : ''}`}
            onClick={() => onChange(key)}
          >
            <Text>{occupationLabels[key]}</Text>
          </View>
        );
      })}
    </View>
  );
}
