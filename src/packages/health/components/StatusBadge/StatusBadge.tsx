import { Text } from '@tarojs/components';
import { bookingStatusLabels, type BookingStatus } from '@core/enums/health-labels';
import './StatusBadge.scss';

/** 已预约 / 已签到 / 未到 / 已取消, each in its own colour (and its own word, for those who cannot tell colours). */
export function StatusBadge({ status }: { status: BookingStatus }) {
  return <Text className={`nx-hbadge nx-hbadge--${status} nx-health-status`}>{bookingStatusLabels[status]}</Text>;
}
