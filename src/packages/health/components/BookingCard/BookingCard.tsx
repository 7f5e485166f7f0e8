import { Text, View } from '@tarojs/components';
import type { BookingView } from '@core/contracts/health-fields';
import { slotWhen } from '../../health-format';
import { StatusBadge } from '../StatusBadge';
import './BookingCard.scss';

/** One of the worker's bookings in 我的预约: which check, when, where, and where it stands. */
export function BookingCard({ booking, onOpen }: { booking: BookingView; onOpen: () => void }) {
  return (
    <View className="nx-card nx-hbooking-card" id={`nx-hbooking-${booking.planId}`} onClick={onOpen}>
      <View className="nx-hbooking-card__head">
        <Text className="nx-hbooking-card__title">{booking.planTitle}</Text>
        <StatusBadge status={booking.status} />
      </View>
      <Text className="nx-hbooking-card__line">{slotWhen(booking.slot.startsAt, booking.slot.endsAt)}</Text>
      <Text className="nx-hbooking-card__line nx-muted">{booking.site.name}</Text>
    </View>
  );
}
