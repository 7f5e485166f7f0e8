import { Text, View } from '@tarojs/components';
import './StarRating.scss';

const words = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

export interface StarRatingProps {
  value: number;
  onChange?: (stars: number) => void;
}

/** Five big stars, with the meaning of the chosen number in words. Read-only without `onChange`. */
export function StarRating({ value, onChange }: StarRatingProps) {
  return (
    <View className="nx-stars">
      <View className="nx-stars__row">
        {[1, 2, 3, 4, 5].map((stars) => (
          <View
            key={stars}
            id={`nx-star-${stars}`}
            className={`nx-stars__star nx-star ${stars <= value ? 'nx-stars__star--on' : ''}`}
            onClick={onChange ? () => onChange(stars) : undefined}
          >
            ★
          </View>
        ))}
      </View>
      <Text className="nx-stars__word">{value > 0 ? `${value}星 · ${words[value]}` : '点星星打分'}</Text>
    </View>
  );
}
