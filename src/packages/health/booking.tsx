import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { BookingView } from '@core/contracts/health-fields';
import { healthItemLabels, siteKindLabels } from '@core/enums/health-labels';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { QrCode } from '../../components/QrCode';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { cancelBooking } from '../../services/health/cancel-booking';
import { fetchMyBookings } from '../../services/health/fetch-my-bookings';
import { newRequestId } from '../../services/request-id';
import { openPage } from '../../utils/navigate';
import { StatusBadge } from './components/StatusBadge';
import { formatCode, shortMoment, slotWhen } from './health-format';
import { healthRoutes } from './health-routes';
import './booking.scss';

const doneMessages: Record<string, string> = { booked: '预约成功', moved: '改期成功，原来的名额已退回' };

/** 我的预约: the code to show on site (QR and typed), when and where, what to bring, 改期 and 取消 until the cut-off. */
export default function HealthBookingPage() {
  const { params } = useRouter();
  const planId = params.planId ?? '';
  const [toast, showToast] = useToast();
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  // One id per cancellation, kept across its retries.
  const cancelRequest = useRef(newRequestId());
  const bookings = useQuery(fetchMyBookings, { auto: false });
  useDidShow(() => {
    void bookings.reload();
  });
  const booking = bookings.data?.items.find((item) => item.planId === planId) ?? null;

  const cancel = async () => {
    setConfirming(false);
    setCancelling(true);
    const result = await cancelBooking(planId, cancelRequest.current);
    setCancelling(false);
    if (result.ok || !['INTERNAL', 'REQUEST.IN_PROGRESS'].includes(result.error.code)) cancelRequest.current = newRequestId();
    showToast(result.ok ? '已取消，名额已退回' : result.error.message, result.ok ? 'success' : 'fail');
    void bookings.reload();
  };

  return (
    <PageShell className="nx-hbooking">
      <LoadState loading={bookings.loading} error={bookings.error} hasData={bookings.data !== undefined} onRetry={() => void bookings.reload()}>
        {bookings.data && !booking ? (
          <EmptyState mark="检" title="还没有预约这次体检" actionText="去预约" actionClassName="nx-hbooking-book" onAction={() => openPage(`${healthRoutes.plan}?planId=${planId}`)} />
        ) : null}
        {booking ? (
          <>
            {params.done && booking.status === 'booked' ? <View className="nx-hbooking__done nx-hbooking-done">{doneMessages[params.done] ?? '已保存'}</View> : null}
            <View className="nx-card nx-hbooking__main" id="nx-hbooking">
              <View className="nx-hbooking__head">
                <Text className="nx-card__title">{booking.planTitle}</Text>
                <StatusBadge status={booking.status} />
              </View>
              {booking.status === 'booked' ? <CodeBlock booking={booking} /> : null}
              <Text className="nx-hbooking__when nx-hbooking-when">{slotWhen(booking.slot.startsAt, booking.slot.endsAt)}</Text>
              <Text className="nx-hbooking__line nx-hbooking-site">
                {siteKindLabels[booking.site.kind]} · {booking.site.name}
              </Text>
              <Text className="nx-hbooking__line nx-muted">{booking.site.address}</Text>
              <StatusNote booking={booking} />
            </View>

            {booking.status === 'booked' ? (
              <View className="nx-card">
                <Text className="nx-card__title">体检前要准备</Text>
                {booking.preparation.map((line) => (
                  <Text key={line} className="nx-hbooking__line">
                    · {line}
                  </Text>
                ))}
                {booking.skippedItems.length > 0 ? (
                  <Text className="nx-hbooking__line nx-hbooking-skipped">
                    · 按你的回答，这次不做：{booking.skippedItems.map((item) => healthItemLabels[item]).join('、')}。到现场请再告诉医生。
                  </Text>
                ) : null}
              </View>
            ) : null}

            {booking.status === 'booked' ? (
              <View className="nx-hbooking__actions">
                <Text className="nx-hbooking__deadline nx-hbooking-deadline">
                  {booking.canChange
                    ? `${shortMoment(booking.changeDeadline)}前可以改期或取消`
                    : `已过改期截止时间（${shortMoment(booking.changeDeadline)}），如果去不了，请联系工会`}
                </Text>
                <Button className="nx-hbooking-move" type="primary" size="large" block disabled={!booking.canChange} onClick={() => openPage(`${healthRoutes.plan}?planId=${planId}&move=1`)}>
                  改期
                </Button>
                <Button className="nx-hbooking-cancel" size="large" block disabled={!booking.canChange} loading={cancelling} onClick={() => setConfirming(true)}>
                  取消预约
                </Button>
              </View>
            ) : null}
            {booking.status === 'cancelled' ? (
              <Button className="nx-hbooking-rebook" type="primary" size="large" block onClick={() => openPage(`${healthRoutes.plan}?planId=${planId}`)}>
                重新预约
              </Button>
            ) : null}
          </>
        ) : null}
      </LoadState>
      <Button className="nx-hbooking__back" size="large" block onClick={() => openPage(healthRoutes.home)}>
        回到体检预约
      </Button>
      <Dialog
        className="nx-hbooking-cancel-dialog"
        visible={confirming}
        title="取消这次体检预约？"
        content="取消后名额会马上让给别的工友。之后还有名额的话，可以重新预约。"
        confirmText="确认取消"
        cancelText="不取消"
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
        onConfirm={() => void cancel()}
      />
      {toast}
    </PageShell>
  );
}

function CodeBlock({ booking }: { booking: BookingView }) {
  return (
    <View className="nx-hbooking__code">
      <QrCode value={booking.qrPayload} size={200} className="nx-hbooking-qr" />
      <Text className="nx-hbooking__code-label">到现场出示这个二维码，扫不出来就报预约码</Text>
      <Text className="nx-hbooking__code-text nx-hbooking-code">{formatCode(booking.code)}</Text>
    </View>
  );
}

function StatusNote({ booking }: { booking: BookingView }) {
  if (booking.status === 'checkedIn' && booking.checkedInAt) {
    return <Text className="nx-hbooking__note">已于{shortMoment(booking.checkedInAt)}签到。体检结果由医院直接交给你。</Text>;
  }
  if (booking.status === 'noShow') {
    return <Text className="nx-hbooking__note">这次没有到场。下次体检只能在最后几天预约剩下的名额，去不了请提前取消。</Text>;
  }
  if (booking.status === 'cancelled') return <Text className="nx-hbooking__note">这次预约已取消。</Text>;
  return null;
}
