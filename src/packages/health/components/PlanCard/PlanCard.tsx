import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { WorkerPlanView } from '@core/contracts/health.contract';
import { healthItemLabels, siteKindLabels, type BookingStatus } from '@core/enums/health-labels';
import { dayLabel, slotWhen } from '../../health-format';
import './PlanCard.scss';

const bookedTitles: Record<BookingStatus, string> = {
  booked: '你已预约',
  checkedIn: '你已签到，体检结果由医院交给你',
  noShow: '这次你没有到场',
  cancelled: '你已取消',
};

export interface PlanCardProps {
  plan: WorkerPlanView;
  onBook: () => void;
  onOpenBooking: () => void;
}

/** One plan on 体检预约: what is checked, where and when, and — in one line — whether the worker can book now. */
export function PlanCard({ plan, onBook, onOpenBooking }: PlanCardProps) {
  const booking = plan.myBooking;
  return (
    <View className="nx-card nx-plan" id={`nx-plan-${plan.id}`}>
      <Text className="nx-card__title">{plan.title}</Text>
      <Text className="nx-plan__line">{plan.provider} · {plan.union.name}</Text>
      <Text className="nx-plan__line">
        {dayLabel(plan.firstDay)}{plan.lastDay !== plan.firstDay ? ` 至 ${dayLabel(plan.lastDay)}` : ''}
      </Text>
      <View className="nx-plan__sites">
        {plan.sites.map((site) => (
          <Text key={site.id} className="nx-plan__site">
            <Text className={`nx-plan__kind nx-plan__kind--${site.kind}`}>{siteKindLabels[site.kind]}</Text>
            {site.name}
          </Text>
        ))}
      </View>
      <Text className="nx-plan__items nx-muted">检查：{plan.items.map((item) => healthItemLabels[item]).join('、')}</Text>

      {booking ? (
        <View className={`nx-plan__state nx-plan__state--${booking.status === 'noShow' ? 'off' : 'booked'} nx-plan-booked`}>
          <Text className="nx-plan__state-title">{bookedTitles[booking.status]}</Text>
          <Text>{slotWhen(booking.slot.startsAt, booking.slot.endsAt)}</Text>
          <Text>{booking.site.name}</Text>
          <Button className="nx-plan-open-booking" type={booking.status === 'booked' ? 'primary' : 'default'} size="large" block onClick={onOpenBooking}>
            {booking.status === 'booked' ? '查看预约码' : '查看预约'}
          </Button>
        </View>
      ) : !plan.eligible ? (
        <View className="nx-plan__state nx-plan__state--off nx-plan-ineligible">
          <Text>{plan.ineligibleReason}</Text>
        </View>
      ) : plan.window.state === 'open' ? (
        <View className="nx-plan__state nx-plan__state--open">
          <Text className="nx-plan-window">{plan.window.message}</Text>
          <Button className="nx-plan-book" type="primary" size="large" block onClick={onBook}>
            选时间预约
          </Button>
        </View>
      ) : (
        <View className={`nx-plan__state nx-plan__state--${plan.window.state === 'notYet' ? 'wait' : 'off'}`}>
          <Text className="nx-plan-window">{plan.window.message}</Text>
          {plan.window.state === 'notYet' ? (
            <Button className="nx-plan-preview" size="large" block onClick={onBook}>
              先看看时段
            </Button>
          ) : null}
        </View>
      )}
    </View>
  );
}
