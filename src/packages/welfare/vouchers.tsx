import { Button, Dialog } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { VoucherView } from '@core/contracts/welfare.contract';
import type { AppError } from '@core/result';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { isRetryable } from '../../services/request-id';
import { cancelVoucher } from '../../services/welfare/cancel-voucher';
import { fetchMyVouchers } from '../../services/welfare/fetch-my-vouchers';
import { openOnMap } from '../../utils/location/open-on-map';
import { openPage } from '../../utils/navigate';
import { VoucherCard } from './components/VoucherCard';
import { welfareRoutes } from './welfare-routes';
import './vouchers.scss';

interface Vouchers {
  items: VoucherView[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: AppError | null;
}

/** 我的礼包券: newest first; the ones to pick up show their QR code and code. Opened from 我的 at one voucher (`id`), it is marked and scrolled to. */
export default function VouchersPage() {
  const [list, setList] = useState<Vouchers>({ items: [], nextCursor: null, loading: true, loadingMore: false, error: null });
  const [cancelling, setCancelling] = useState<VoucherView | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, showToast] = useToast();
  const ticket = useRef(0);
  const { params } = useRouter();
  const focusId = typeof params.id === 'string' ? decodeURIComponent(params.id) : null;
  const focused = list.items.find((item) => item.id === focusId) ?? null;
  const giveBackVoucher = useSubmit((requestId, voucherId: string) => cancelVoucher(voucherId, requestId), (voucherId) => voucherId);

  const load = async (cursor?: string) => {
    ticket.current += 1;
    const mine = ticket.current;
    setList((current) => ({ ...current, loadingMore: !!cursor }));
    const result = await fetchMyVouchers(cursor);
    if (mine !== ticket.current) return;
    setList((current) =>
      result.ok
        ? { items: [...(cursor ? current.items : []), ...result.data.items], nextCursor: result.data.nextCursor, loading: false, loadingMore: false, error: null }
        : { ...current, loading: false, loadingMore: false, error: result.error },
    );
    if (!result.ok && list.items.length > 0) showToast(result.error.message, 'fail');
  };

  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => stopPullDownRefresh());
  });

  useEffect(() => {
    if (focused) Taro.pageScrollTo({ selector: `#nx-voucher-${focused.code}`, duration: 250 }).catch(() => undefined);
  }, [focused?.id]);

  const navigate = async (voucher: VoucherView) => {
    const outcome = await openOnMap(voucher.station);
    if (outcome === 'copied') showToast('地址已复制，可以粘贴到地图里', 'success');
    if (outcome === 'failed') showToast(`地址：${voucher.station.address}`);
  };

  const giveBack = async (voucher: VoucherView) => {
    setBusyId(voucher.id);
    const result = await giveBackVoucher.submit(voucher.id);
    setBusyId(null);
    if (!result) return;
    if (result.ok) {
      setList((current) => ({ ...current, items: current.items.map((item) => (item.id === voucher.id ? result.data : item)) }));
      showToast('礼包已退回，谢谢你', 'success');
    } else {
      showToast(result.error.message, 'fail');
      if (!isRetryable(result.error)) void load();
    }
  };

  return (
    <PageShell className="nx-vouchers">
      <LoadState loading={list.loading} error={list.error} hasData={list.items.length > 0} onRetry={() => void load()}>
        {!list.loading && !list.error && list.items.length === 0 ? (
          <EmptyState mark="券" title="还没有礼包券" description="领到礼包后，礼包券会在这里，凭它到驿站领取。" actionText="去领礼包" onAction={() => openPage(welfareRoutes.campaigns)} />
        ) : null}
        {list.items.map((voucher) => (
          <VoucherCard key={voucher.id} voucher={voucher} focused={voucher.id === focused?.id} busy={busyId === voucher.id} onNavigate={(v) => void navigate(v)} onCancel={setCancelling} />
        ))}
        {list.nextCursor ? (
          <View className="nx-vouchers__more">
            <Button fill="outline" block loading={list.loadingMore} className="nx-vouchers-more" onClick={() => void load(list.nextCursor ?? undefined)}>
              加载更多
            </Button>
          </View>
        ) : null}
      </LoadState>
      <Dialog
        className="nx-voucher-cancel-dialog"
        visible={cancelling !== null}
        title="不要这份礼包了？"
        content="礼包会退回，留给其他工友（排队的人会马上拿到）。退回后还能再领，只要还有剩余。"
        confirmText="确认退回"
        cancelText="再想想"
        onCancel={() => setCancelling(null)}
        onClose={() => setCancelling(null)}
        onConfirm={() => {
          const voucher = cancelling;
          setCancelling(null);
          if (voucher) void giveBack(voucher);
        }}
      />
      {toast}
    </PageShell>
  );
}
