import { Button, Tabs } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { QueueView } from '@core/contracts/legal.contract';
import type { LegalCaseType } from '@core/enums/legal-case-type';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { usePagedQueue } from '../../../hooks/use-paged-queue';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { fetchCaseQueue } from '../../../services/legal/fetch-case-queue';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { openPage } from '../../../utils/navigate';
import { legalRoutes } from '../legal-routes';
import { QueueCard } from './components/QueueCard';
import { TypeFilter } from './components/TypeFilter';
import './queue.scss';

const tabs: { view: QueueView; title: string; empty: string }[] = [
  { view: 'waiting', title: '待受理', empty: '没有等待受理的申请' },
  { view: 'handling', title: '办理中', empty: '没有正在办理的案件' },
  { view: 'overdue', title: '超期', empty: '没有超期未答复的申请' },
  { view: 'done', title: '已结束', empty: '还没有结束的案件' },
];

/** What the queue is read under: a tab and, optionally, one type of case. */
type Filter = { view: QueueView; caseType: LegalCaseType | null };

/** 法律援助案件: the cases of the staff's unions, oldest first, with the time left to answer; overdue ones in red. */
export default function LegalQueuePage() {
  const [view, setView] = useState<QueueView>('waiting');
  const [caseType, setCaseType] = useState<LegalCaseType | null>(null);
  const [toast, showToast] = useToast();
  const me = useQuery(fetchMyMembership, { auto: false });
  const queue = usePagedQueue(
    ({ view: which, caseType: type }: Filter, cursor) =>
      fetchCaseQueue({ view: which, limit: 20, ...(type ? { caseType: type } : {}), ...(cursor ? { cursor } : {}) }),
    { view, caseType },
  );

  const more = async () => {
    const result = await queue.more();
    if (result && !result.ok) showToast(result.error.message, 'fail');
  };

  useDidShow(() => {
    void queue.load();
    void me.reload();
  });

  const isAdmin = (me.data?.staff ?? []).some((grant) => grant.roles.includes('admin'));
  const current = tabs.find((tab) => tab.view === view) ?? tabs[0];

  return (
    <PageShell className="nx-lqueue">
      <Tabs
        className="nx-lqueue__tabs"
        value={view}
        onChange={(value) => {
          setView(value as QueueView);
          void queue.load({ view: value as QueueView, caseType });
        }}
      >
        {tabs.map((tab) => (
          <Tabs.TabPane key={tab.view} title={tab.title} value={tab.view} />
        ))}
      </Tabs>
      <TypeFilter
        value={caseType}
        onChange={(type) => {
          setCaseType(type);
          void queue.load({ view, caseType: type });
        }}
      />
      <LoadState loading={queue.loading} error={queue.error} hasData={queue.items.length > 0} onRetry={() => void queue.load()}>
        {!queue.loading && !queue.error && queue.items.length === 0 ? (
          <EmptyState mark="法" title={current.empty} description="新的法律援助申请会出现在“待受理”，最早提交的排在最前面。" />
        ) : null}
        {queue.items.map((row) => (
          <QueueCard key={row.id} row={row} onOpen={() => openPage(`${legalRoutes.staffCase}?id=${row.id}`)} />
        ))}
        {queue.nextCursor ? (
          <Button className="nx-lqueue-more" fill="outline" block loading={queue.loadingMore} onClick={() => void more()}>
            加载更多
          </Button>
        ) : null}
      </LoadState>
      {isAdmin ? (
        <View className="nx-lqueue__settings nx-lqueue-settings" onClick={() => openPage(legalRoutes.staffSettings)}>
          <Text>答复时限和合作律师</Text>
          <Text className="nx-muted">去设置 ›</Text>
        </View>
      ) : null}
      {toast}
    </PageShell>
  );
}
