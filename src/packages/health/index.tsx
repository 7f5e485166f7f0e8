import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { fetchHealthPlans } from '../../services/health/fetch-health-plans';
import { fetchMyBookings } from '../../services/health/fetch-my-bookings';
import { openPage, routes } from '../../utils/navigate';
import { BookingCard } from './components/BookingCard';
import { PlanCard } from './components/PlanCard';
import { healthRoutes } from './health-routes';
import './index.scss';

/** 体检预约: the free checks the worker's unions offer, whether they can book each, and their bookings. */
export default function HealthHomePage() {
  const plans = useQuery(fetchHealthPlans, { auto: false });
  const bookings = useQuery(fetchMyBookings, { auto: false });
  useDidShow(() => {
    void plans.reload();
    void bookings.reload();
  });
  const notMember = plans.error?.code === 'MEMBER.NOT_MEMBER';
  const planItems = plans.data?.items ?? [];
  // Bookings already shown on their plan's card are not repeated below.
  const shownOnPlans = new Set(planItems.filter((plan) => plan.myBooking).map((plan) => plan.id));
  const otherBookings = (bookings.data?.items ?? []).filter((booking) => !shownOnPlans.has(booking.planId));

  return (
    <PageShell className="nx-health">
      <View className="nx-card nx-health__intro">
        <Text className="nx-hero">工会请你免费体检</Text>
        <Text className="nx-lead">选一个离你近的地点和方便的时间，到了出示预约码就行。去不了可以提前改期或取消。</Text>
      </View>

      {notMember ? (
        <EmptyState
          mark="检"
          title="体检预约是会员服务"
          description="入会免费，一分钟填好；审核通过后就能预约。"
          actionText="先去入会"
          actionClassName="nx-health-join"
          onAction={() => openPage(routes.join)}
        />
      ) : (
        <LoadState loading={plans.loading} error={plans.error} hasData={plans.data !== undefined} onRetry={() => void plans.reload()}>
          <Text className="nx-section-title nx-health__title">可以预约的体检</Text>
          {plans.data && planItems.length === 0 ? (
            <EmptyState mark="检" title="现在没有可以预约的体检" description="工会安排了体检会在这里出现，记得常来看看。" />
          ) : null}
          {planItems.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              onBook={() => openPage(`${healthRoutes.plan}?planId=${plan.id}`)}
              onOpenBooking={() => openPage(`${healthRoutes.booking}?planId=${plan.id}`)}
            />
          ))}
          {otherBookings.length > 0 ? (
            <>
              <Text className="nx-section-title nx-health__title">我的体检记录</Text>
              {otherBookings.map((booking) => (
                <BookingCard key={booking.id} booking={booking} onOpen={() => openPage(`${healthRoutes.booking}?planId=${booking.planId}`)} />
              ))}
            </>
          ) : null}
        </LoadState>
      )}
      <Button className="nx-health__home" size="large" block onClick={() => openPage(routes.home)}>
        回到首页
      </Button>
    </PageShell>
  );
}
