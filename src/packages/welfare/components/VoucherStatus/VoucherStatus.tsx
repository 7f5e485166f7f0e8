import { Text } from '@tarojs/components';
import { voucherStatusLabels, type VoucherStatus as Status } from '@core/enums/welfare-labels';
import './VoucherStatus.scss';

/** A voucher's status as a badge, the same on the worker's card and at the 核销 counter. */
export function VoucherStatus({ status }: { status: Status }) {
  return <Text className={`nx-voucher-status nx-voucher-status--${status}`}>{voucherStatusLabels[status]}</Text>;
}
