import { Loading } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { AppError } from '@core/result';
import { EmptyState } from '../EmptyState';

export interface LoadStateProps {
  loading: boolean;
  /** Shown only when there is nothing else to show; with data on screen the page keeps it. */
  error?: AppError | null;
  hasData?: boolean;
  onRetry?: () => void;
  loadingText?: string;
  children?: ReactNode;
}

/** The loading and error (with 重试) states every page shares; renders `children` once data is there. */
export function LoadState({ loading, error, hasData = false, onRetry, loadingText = '正在加载…', children }: LoadStateProps) {
  if (loading && !hasData) {
    return (
      <View className="nx-loading">
        <Loading direction="vertical">{loadingText}</Loading>
      </View>
    );
  }
  if (error && !hasData) {
    return (
      <EmptyState
        tone="alert"
        mark="!"
        title="没有加载出来"
        description={error.message}
        actionText="重试"
        actionClassName="nx-retry"
        onAction={onRetry}
      />
    );
  }
  return <>{children}</>;
}
