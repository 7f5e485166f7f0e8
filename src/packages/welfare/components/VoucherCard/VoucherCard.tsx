import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { VoucherView } from '@core/contracts/welfare.contract';
import { campaignKindLabels } from '@core/enums/welfare';
import { formatVoucherCode } from '@core/rules/voucher-code';
import { QrCode } from '../../../../components/QrCode';
import { mapActionLabel } from '../../../../utils/location/open-on-map';
import { formatWhen } from '../../welfare-format';
import { VoucherStatus } from '../VoucherStatus';
import './VoucherCard.scss';

export interface VoucherCardProps {
  voucher: VoucherView;
  busy?: boolean;
  /** The one 我的 opened this page at: outlined, so the eye finds it among the others. */
  focused?: boolean;
  /** For "from when" (pick-up may open later than claiming); the page's clock by default. */
  now?: number;
  onNavigate: (voucher: VoucherView) => void;
  onCancel: (voucher: VoucherView) => void;
}

/**
 * A 礼包券: while it is 待领取, the QR code and the short code staff scan or type, where to go and until
 * when; once picked up, where and when; expired or given back, just that.
 */
export function VoucherCard({ voucher, busy = false, focused = false, now = Date.now(), onNavigate, onCancel }: VoucherCardProps) {
  const active = voucher.status === 'active';
  return (
    <View id={`nx-voucher-${voucher.code}`} className={`nx-card nx-voucher nx-voucher--${voucher.status}${focused ? ' nx-voucher--focused' : ''}`}>
      <View className="nx-voucher__head">
        <VoucherStatus status={voucher.status} />
        <Text className="nx-voucher__kind">{campaignKindLabels[voucher.campaign.kind]}</Text>
      </View>
      <Text className="nx-voucher__title">{voucher.campaign.title}</Text>
      {active ? (
        <View className="nx-voucher__code-block">
          <QrCode value={voucher.qrPayload} size={200} className="nx-voucher-qr" />
          <Text className="nx-voucher__code-label">券码</Text>
          <Text className="nx-voucher__code nx-voucher-code">{formatVoucherCode(voucher.code)}</Text>
          <Text className="nx-voucher__code-hint">到驿站出示二维码，或把券码念给工作人员</Text>
        </View>
      ) : null}
      {voucher.status === 'redeemed' ? (
        <Text className="nx-voucher__line nx-voucher-redeemed">
          已在{voucher.redeemedStationName ?? voucher.station.name}领取 · {voucher.redeemedAt ? formatWhen(voucher.redeemedAt) : ''}
        </Text>
      ) : null}
      {active ? (
        <>
          <Text className="nx-voucher__line">
            领取地点：<Text className="nx-voucher__station">{voucher.station.name}</Text>
            {voucher.anyStation ? '（本活动的其他驿站也可以领）' : ''}
          </Text>
          <Text className="nx-voucher__line">地址：{voucher.station.address}</Text>
          <Text className="nx-voucher__line">开放时间：{voucher.station.hours}</Text>
          <Text className="nx-voucher__deadline nx-voucher-deadline">
            {now < voucher.pickupStartsAt ? `${formatWhen(voucher.pickupStartsAt)}起，` : ''}请在{formatWhen(voucher.expiresAt)}前领取，过期礼包会退回
          </Text>
          <View className="nx-voucher__actions">
            <Button size="large" type="primary" className="nx-voucher-navigate" onClick={() => onNavigate(voucher)}>
              {mapActionLabel}
            </Button>
            <Button size="large" className="nx-voucher-cancel" loading={busy} onClick={() => onCancel(voucher)}>
              不要了
            </Button>
          </View>
        </>
      ) : null}
      {voucher.status === 'expired' ? <Text className="nx-voucher__line nx-muted">没有在{formatWhen(voucher.expiresAt)}前领取，礼包已退回。</Text> : null}
      {voucher.status === 'cancelled' ? <Text className="nx-voucher__line nx-muted">你已退回这份礼包。</Text> : null}
    </View>
  );
}
