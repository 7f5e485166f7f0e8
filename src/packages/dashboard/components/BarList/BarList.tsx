import { Text, View } from '@tarojs/components';
import type { CountRow } from '@core/contracts/stats.contract';
import './BarList.scss';

export interface BarListProps {
  rows: readonly CountRow[];
  /** Rows become taps (drill into a union) when given; `canTap` picks which. */
  onTap?: (row: CountRow) => void;
  canTap?: (row: CountRow) => boolean;
  /** Label, bar and number on one line: for long, even lists (months). */
  compact?: boolean;
  empty?: string;
}

/**
 * A bar chart made of Views: the label and the number stay text (大字模式, screen readers, tests) and
 * it looks the same in the mini-program and in H5, at no weight — see docs in the dashboard page.
 */
export function BarList({ rows, onTap, canTap = () => true, compact = false, empty = '暂无数据' }: BarListProps) {
  const widest = Math.max(1, ...rows.map((row) => row.count));
  if (rows.length === 0) return <Text className="nx-muted nx-bars__empty">{empty}</Text>;
  return (
    <View className={`nx-bars ${compact ? 'nx-bars--compact' : ''}`}>
      {rows.map((row) => {
        const tappable = onTap !== undefined && canTap(row);
        return (
          <View key={row.key} id={`nx-bar-${row.key}`} className={`nx-bars__row ${tappable ? 'nx-bars__row--tap' : ''}`} onClick={tappable ? () => onTap(row) : undefined}>
            <View className="nx-bars__head">
              <Text className="nx-bars__label">{row.label}</Text>
              <Text className="nx-bars__count">{row.count.toLocaleString('zh-CN')}</Text>
            </View>
            <View className="nx-bars__track">
              {row.count > 0 ? <View className="nx-bars__bar" style={{ width: `${Math.max(2, (row.count / widest) * 100)}%` }} /> : null}
            </View>
          </View>
        );
      })}
    </View>
  );
}
