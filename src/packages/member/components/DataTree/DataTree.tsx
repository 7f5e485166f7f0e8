import { Text, View } from '@tarojs/components';
import './DataTree.scss';

export interface DataTreeProps {
  data: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
};

/**
 * An export section as a person reads it: labelled rows, nested groups with their heading, lists as
 * numbered entries. Holders write Chinese keys, so the keys are shown as they come.
 */
export function DataTree({ data }: DataTreeProps) {
  if (Array.isArray(data)) {
    if (data.length === 0) return <Text className="nx-data__empty">无</Text>;
    return (
      <View className="nx-data__list">
        {data.map((item, i) => (
          <View key={i} className="nx-data__item">
            <Text className="nx-data__index">第{i + 1}条</Text>
            <DataTree data={item} />
          </View>
        ))}
      </View>
    );
  }
  if (isPlainObject(data)) {
    return (
      <View className="nx-data__group">
        {Object.entries(data).map(([key, value]) =>
          isPlainObject(value) || Array.isArray(value) ? (
            <View key={key} className="nx-data__nested">
              <Text className="nx-data__heading">{key}</Text>
              <DataTree data={value} />
            </View>
          ) : (
            <View key={key} className="nx-data__row">
              <Text className="nx-data__key">{key}</Text>
              <Text className="nx-data__value">{textOf(value)}</Text>
            </View>
          ),
        )}
      </View>
    );
  }
  return <Text className="nx-data__value">{textOf(data)}</Text>;
}
