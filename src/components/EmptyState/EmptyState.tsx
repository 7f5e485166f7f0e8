import { Button, Empty } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './EmptyState.scss';

export interface EmptyStateProps {
  title: string;
  description?: string;
  /** One character drawn in the circle, instead of NutUI's remote picture (no network images). */
  mark?: string;
  tone?: 'calm' | 'alert';
  actionText?: string;
  actionClassName?: string;
  onAction?: () => void;
  children?: ReactNode;
}

/** A friendly "nothing here" or "something went wrong" block with at most one big action. */
export function EmptyState({ title, description, mark = '暖', tone = 'calm', actionText, actionClassName, onAction, children }: EmptyStateProps) {
  return (
    <View className={`nx-empty nx-empty--${tone}`}>
      <Empty
        image={<View className="nx-empty__mark">{mark}</View>}
        imageSize={72}
        title={title}
        description={description}
      />
      {actionText ? (
        <Button type="primary" size="large" block className={`nx-empty__action ${actionClassName ?? ''}`} onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
      {children}
    </View>
  );
}
