import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { fetchMyCases } from '../../services/legal/fetch-my-cases';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { openPage, routes } from '../../utils/navigate';
import { CaseCard } from './components/CaseCard';
import { draftHasContent, loadLegalDraft } from './legal-draft';
import { legalRoutes } from './legal-routes';
import './index.scss';

/** 法律援助: what the union can help with, the way in, and the worker's own cases with where each stands. */
export default function LegalHomePage() {
  const cases = useQuery(() => fetchMyCases(), { auto: false });
  const me = useQuery(fetchMyMembership, { auto: false });
  const [hasDraft, setHasDraft] = useState(false);
  useDidShow(() => {
    void cases.reload();
    void me.reload();
    setHasDraft(draftHasContent(loadLegalDraft()));
  });
  const isMember = me.data?.member?.status === 'approved';
  const items = cases.data?.items ?? [];

  return (
    <PageShell className="nx-legal">
      <View className="nx-card nx-legal__intro">
        <Text className="nx-hero">工会法律援助</Text>
        <Text className="nx-lead">欠薪、工伤、劳动合同、社保、交通事故、平台罚款……工会免费帮你咨询、调解，需要时请律师。</Text>
        <Text className="nx-muted">提交后，工会会在承诺的工作日内告诉你受不受理，每一步都会通知你。</Text>
        {me.data && !isMember ? (
          <View className="nx-legal__join">
            <Text>法律援助是会员服务，入会免费、一分钟填好。</Text>
            <Button className="nx-legal-join" type="primary" size="large" block onClick={() => openPage(routes.join)}>
              先去入会
            </Button>
          </View>
        ) : (
          <Button className="nx-legal-apply" type="primary" size="large" block disabled={!me.data} onClick={() => openPage(legalRoutes.apply)}>
            {hasDraft ? '继续填写申请' : '我要申请法律援助'}
          </Button>
        )}
      </View>

      <Text className="nx-section-title nx-legal__mine">我的申请</Text>
      <LoadState loading={cases.loading} error={cases.error} hasData={cases.data !== undefined} onRetry={() => void cases.reload()}>
        {cases.data && items.length === 0 ? (
          <EmptyState mark="法" title="还没有申请过" description="遇到欠薪、工伤等问题，随时可以申请，提交后在这里看进度。" />
        ) : null}
        {items.map((item) => (
          <CaseCard key={item.id} item={item} onOpen={() => openPage(`${legalRoutes.case}?id=${item.id}`)} />
        ))}
      </LoadState>
    </PageShell>
  );
}
