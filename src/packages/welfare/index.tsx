import { Text, View } from '@tarojs/components';
import Taro, { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { CampaignView } from '@core/contracts/welfare.contract';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { PrivacyPopup } from '../../components/PrivacyPopup';
import { useLocation } from '../../hooks/use-location';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { newRequestId } from '../../services/request-id';
import { askToBeNotified } from '../../services/subscribe';
import { claimWelfarePack } from '../../services/welfare/claim-welfare-pack';
import { fetchCampaigns } from '../../services/welfare/fetch-campaigns';
import { joinWaitlist } from '../../services/welfare/join-waitlist';
import { openPage, routes } from '../../utils/navigate';
import { CampaignCard } from './components/CampaignCard';
import { ClaimSheet, type ClaimChoice } from './components/ClaimSheet';
import { welfareRoutes } from './welfare-routes';
import './index.scss';

type Sheet = { campaign: CampaignView; mode: 'claim' | 'waitlist' };

/** Answers after which the list on screen is out of date. */
const staleAfter = ['WELFARE.SOLD_OUT', 'WELFARE.ALREADY_CLAIMED', 'WELFARE.ENDED', 'WELFARE.PAUSED', 'WELFARE.CLOSED', 'WELFARE.NOT_SOLD_OUT'];

/** 领礼包: the campaigns, and claiming one in two taps (领取, then 确认领取 at the nearest station). */
export default function WelfarePage() {
  const campaigns = useQuery(fetchCampaigns, { auto: false });
  const location = useLocation({ auto: false });
  const [toast, showToast] = useToast();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // One requestId per submission, kept while the same choice is retried after a lost connection.
  const attempt = useRef<{ key: string; requestId: string } | null>(null);

  useDidShow(() => {
    void campaigns.reload();
  });
  usePullDownRefresh(() => {
    void campaigns.reload().finally(() => stopPullDownRefresh());
  });

  const open = (campaign: CampaignView, mode: Sheet['mode']) => {
    setProblem(null);
    setSheet({ campaign, mode });
    if (location.status === 'idle') void location.request();
  };

  const submit = async (choice: ClaimChoice) => {
    if (!sheet || busy) return;
    const { campaign, mode } = sheet;
    const key = `${mode}:${campaign.id}:${choice.stationId}:${choice.occupation ?? ''}`;
    if (attempt.current?.key !== key) attempt.current = { key, requestId: newRequestId() };
    // In the tap, before the request: what happens to the voucher (or the place in line) later.
    askToBeNotified(mode === 'claim' ? ['welfareVoucherExpired', 'welfareRedeemed'] : ['welfareWaitlistGranted', 'welfareWaitlistEnded', 'welfareVoucherExpired']);
    setBusy(true);
    setProblem(null);
    const input = { campaignId: campaign.id, ...choice };
    const result = mode === 'claim' ? await claimWelfarePack(input, attempt.current.requestId) : await joinWaitlist(input, attempt.current.requestId);
    setBusy(false);
    if (result.ok) {
      attempt.current = null;
      setSheet(null);
      if (mode === 'claim') return void Taro.navigateTo({ url: welfareRoutes.vouchers }).catch(() => undefined);
      showToast(`已排队，你是第${(result.data as { position: number }).position}位`, 'success');
      return void campaigns.reload();
    }
    // A lost connection keeps the requestId: tapping again cannot claim twice.
    if (result.error.code === 'INTERNAL') return setProblem(`${result.error.message}。再点一次“${mode === 'claim' ? '确认领取' : '确认排队'}”就行`);
    attempt.current = null;
    setProblem(result.error.fields?.occupation ?? result.error.message);
    if (staleAfter.includes(result.error.code)) void campaigns.reload();
  };

  const items = campaigns.data?.items ?? [];
  return (
    <PageShell className="nx-welfare">
      <View className="nx-welfare__links">
        <View className="nx-welfare__link nx-welfare-vouchers" onClick={() => openPage(welfareRoutes.vouchers)}>
          <Text>我的礼包券</Text>
        </View>
        <View className="nx-welfare__link nx-welfare-stations" onClick={() => openPage(welfareRoutes.stations)}>
          <Text>附近驿站</Text>
        </View>
      </View>
      <LoadState loading={campaigns.loading} error={campaigns.error} hasData={campaigns.data !== undefined} onRetry={() => void campaigns.reload()}>
        {campaigns.data && items.length === 0 ? (
          <EmptyState
            mark="礼"
            title="现在没有可以领的礼包"
            description="送清凉、送温暖活动开始后会出现在这里。"
            actionText="看看附近驿站"
            onAction={() => openPage(welfareRoutes.stations)}
          />
        ) : null}
        {items.map((campaign) => (
          <CampaignCard
            key={campaign.id}
            campaign={campaign}
            onClaim={(c) => open(c, 'claim')}
            onWaitlist={(c) => open(c, 'waitlist')}
            onOpenVoucher={() => openPage(welfareRoutes.vouchers)}
            onJoin={() => openPage(routes.join)}
          />
        ))}
      </LoadState>
      <ClaimSheet
        campaign={sheet?.campaign ?? null}
        mode={sheet?.mode ?? 'claim'}
        location={{ status: location.status, point: location.point, request: () => void location.request() }}
        busy={busy}
        problem={problem}
        onSubmit={(choice) => void submit(choice)}
        onClose={() => setSheet(null)}
      />
      <PrivacyPopup />
      {toast}
    </PageShell>
  );
}
