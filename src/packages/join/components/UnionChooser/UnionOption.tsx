import { Text, View } from '@tarojs/components';
import type { UnionChoice } from '../../join-draft';

export interface UnionOptionProps {
  union: UnionChoice;
  selected: boolean;
  onChoose: () => void;
}

/** One union as a one-tap choice: its name, and the union above it and its area to tell it apart. */
export function UnionOption({ union, selected, onChoose }: UnionOptionProps) {
  const where = [union.parentName, union.area].filter(Boolean).join(' · ');
  return (
    <View
      id={`nx-union-${union.id}`}
      className={`nx-choice nx-union ${selected ? 'nx-choice--selected nx-union--selected' : ''}`}
      onClick={onChoose}
    >
      <Text className="nx-union__name">{union.name}</Text>
      {where ? <Text className="nx-union__where">{where}</Text> : null}
    </View>
  );
}
