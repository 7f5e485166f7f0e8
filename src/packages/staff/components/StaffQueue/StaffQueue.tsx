import { Button, Tabs } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../../components/EmptyState';
import { LoadState } from '../../../../components/LoadState';
import type { PagedQueue } from '../../../../hooks/use-paged-queue';
import './StaffQueue.scss';

export interface QueueTab<S extends string> {
  status: S;
  title: string;
  /** What the empty tab says. */
  empty: string;
}

export interface StaffQueueProps<S extends string, T> {
  tabs: readonly QueueTab<S>[];
  status: S;
  /** The tab the reviewer picked; the queue loads its first page. */
  onSwitch: (status: S) => void;
  queue: PagedQueue<T, S>;
  /** The empty state's mark and what will appear here. */
  emptyMark: string;
  emptyDescription: string;
  /** 加载更多; the next page by default. */
  onMore?: () => void;
  /** The rows. */
  children: ReactNode;
}

/** A staff review queue: status tabs over the rows, oldest first, with loading, error, empty and 加载更多. */
export function StaffQueue<S extends string, T>({ tabs, status, onSwitch, queue, emptyMark, emptyDescription, onMore, children }: StaffQueueProps<S, T>) {
  const current = tabs.find((tab) => tab.status === status) ?? tabs[0];
  return (
    <>
      <Tabs
        className="nx-staff__tabs"
        value={status}
        onChange={(value) => {
          onSwitch(value as S);
          void queue.load(value as S);
        }}
      >
        {tabs.map((tab) => (
          <Tabs.TabPane key={tab.status} title={tab.title} value={tab.status} />
        ))}
      </Tabs>
      <View className="nx-staff__list">
        <LoadState loading={queue.loading} error={queue.error} hasData={queue.items.length > 0} onRetry={() => void queue.load()}>
          {!queue.loading && !queue.error && queue.items.length === 0 ? <EmptyState mark={emptyMark} title={current.empty} description={emptyDescription} /> : null}
          {children}
          {queue.nextCursor ? (
            <Button className="nx-staff-more" fill="outline" block loading={queue.loadingMore} onClick={() => (onMore ? onMore() : void queue.more())}>
              加载更多
            </Button>
          ) : null}
        </LoadState>
      </View>
    </>
  );
}
