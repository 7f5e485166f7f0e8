import { View, Text } from '@tarojs/components';
import { useDidShow, usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { openPage, routes } from '../../utils/navigate';
import { MembershipPanel } from './components/MembershipPanel';
import { ServiceGrid, type ServiceTile } from './components/ServiceGrid';
import { serviceTiles } from './services-list';
import './index.scss';

/** 首页: where the worker stands with the union, and the services. */
export default function HomePage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  const [toast, showToast] = useToast();
  // Refresh on every show: the status changes while the worker is away (review, a new submission).
  useDidShow(() => {
    void me.reload();
  });
  usePullDownRefresh(() => {
    void me.reload().finally(() => stopPullDownRefresh());
  });

  const member = me.data?.member ?? null;
  const openJoin = () => openPage(member && member.status === 'pending' ? routes.joinStatus : routes.join);
  const openService = (tile: ServiceTile) => {
    if (tile.soon) return showToast(`${tile.name}即将上线，敬请期待`);
    if (tile.route) return openPage(tile.route);
    if (tile.key === 'join') return member?.status === 'approved' ? openPage(routes.card) : openJoin();
  };

  return (
    <PageShell className="nx-home">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data ? (
          <MembershipPanel
            member={member}
            onJoin={() => openPage(member?.status === 'rejected' ? `${routes.join}?resubmit=1` : routes.join)}
            onStatus={() => openPage(routes.joinStatus)}
            onCard={() => openPage(routes.card)}
          />
        ) : null}
      </LoadState>
      <Text className="nx-section-title nx-home__services-title">工会服务</Text>
      <ServiceGrid tiles={serviceTiles} onOpen={openService} />
      <View className="nx-home__note nx-caption">入会和使用服务都不会通知你的雇主或平台。</View>
      {toast}
    </PageShell>
  );
}
