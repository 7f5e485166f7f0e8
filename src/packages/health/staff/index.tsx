import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { siteKindLabels } from '@core/enums/health-labels';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { fetchManagedPlans } from '../../../services/health/fetch-managed-plans';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { openPage } from '../../../utils/navigate';
import { dayLabel } from '../health-format';
import { healthRoutes } from '../health-routes';
import './staff.scss';

/** 体检工作: the plans of the staff member's unions — 现场签到 and 统计 for each; 新建 and 排期 for admins. */
export default function StaffHealthPage() {
  const plans = useQuery(fetchManagedPlans, { auto: false });
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void plans.reload();
    void me.reload();
  });
  const isAdmin = (me.data?.staff ?? []).some((grant) => grant.roles.includes('admin'));
  const items = plans.data?.items ?? [];

  return (
    <PageShell className="nx-hstaff">
      {isAdmin ? (
        <Button className="nx-hstaff-create" type="primary" size="large" block onClick={() => openPage(healthRoutes.staffPlanForm)}>
          新建体检计划
        </Button>
      ) : null}
      <LoadState loading={plans.loading} error={plans.error} hasData={plans.data !== undefined} onRetry={() => void plans.reload()}>
        {plans.data ? <Text className="nx-section-title nx-hstaff__today">今天是{dayLabel(plans.data.today)}</Text> : null}
        {plans.data && items.length === 0 ? <EmptyState mark="检" title="还没有体检计划" description="区总工会或本工会安排体检后，会出现在这里。" /> : null}
        {items.map((plan) => {
          const running = plans.data!.today >= plan.firstDay && plans.data!.today <= plan.lastDay;
          return (
            <View key={plan.id} id={`nx-hstaff-plan-${plan.id}`} className="nx-card nx-hstaff-plan">
              <View className="nx-hstaff__head">
                <Text className="nx-card__title">{plan.title}</Text>
                {running ? <Text className="nx-hstaff__today-tag">今天有体检</Text> : null}
              </View>
              <Text className="nx-hstaff__line">{plan.union.name} · {plan.provider}</Text>
              <Text className="nx-hstaff__line">
                {dayLabel(plan.firstDay)} 至 {dayLabel(plan.lastDay)}
              </Text>
              {plan.sites.map((site) => (
                <Text key={site.id} className="nx-hstaff__line nx-muted">
                  {siteKindLabels[site.kind]} · {site.name}
                </Text>
              ))}
              <View className="nx-hstaff__actions">
                <Button className="nx-hstaff-checkin" type="primary" onClick={() => openPage(`${healthRoutes.staffCheckIn}?planId=${plan.id}`)}>
                  现场签到
                </Button>
                <Button className="nx-hstaff-stats" fill="outline" onClick={() => openPage(`${healthRoutes.staffStats}?planId=${plan.id}`)}>
                  预约统计
                </Button>
                {isAdmin ? (
                  <Button className="nx-hstaff-slots" fill="outline" onClick={() => openPage(`${healthRoutes.staffSlots}?planId=${plan.id}`)}>
                    排期
                  </Button>
                ) : null}
              </View>
            </View>
          );
        })}
      </LoadState>
    </PageShell>
  );
}
