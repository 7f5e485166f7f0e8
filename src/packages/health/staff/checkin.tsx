import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { CheckInView } from '@core/contracts/health.contract';
import { healthItemLabels } from '@core/enums/health-labels';
import { occupationLabels } from '@core/enums/occupation-labels';
import type { AppError } from '@core/result';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useSubmit } from '../../../hooks/use-submit';
import { checkInBooking } from '../../../services/health/check-in-booking';
import { fetchManagedPlans } from '../../../services/health/fetch-managed-plans';
import { readStored, writeStored } from '../../../utils/storage';
import { SiteChooser } from '../components/SiteChooser';
import { dayLabel, shortMoment, timeRange } from '../health-format';
import './staff.scss';
import './checkin.scss';

type Outcome = { ok: true; view: CheckInView } | { ok: false; error: AppError; code: string };

const siteKeyOf = (planId: string) => `nuanxin.health.checkinSite.${planId}`;

/**
 * 现场签到 (核销): pick the site you are at (remembered for the day), then scan each arrival's QR code
 * — or type the code — and compare the name and ID shown with their ID card.
 */
export default function StaffCheckInPage() {
  const { params } = useRouter();
  const planId = params.planId ?? '';
  const plans = useQuery(fetchManagedPlans);
  const plan = plans.data?.items.find((item) => item.id === planId) ?? null;
  const [siteId, setSiteId] = useState<string | null>(() => readStored<string>(siteKeyOf(planId)) ?? null);
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [arrived, setArrived] = useState<CheckInView[]>([]);
  // One id per code and site, kept while the same code is retried after a lost connection.
  const checkIn = useSubmit(
    (requestId, atSite: string, typedCode: string) => checkInBooking(planId, atSite, typedCode, requestId),
    (atSite, typedCode) => `${planId}:${atSite}:${typedCode}`,
  );
  const chosenSite = plan?.sites.find((site) => site.id === siteId) ?? null;

  const chooseSite = (next: string) => {
    setSiteId(next);
    writeStored(siteKeyOf(planId), next);
    setOutcome(null);
  };

  const send = async (typed: string) => {
    const cleaned = typed.trim();
    if (!chosenSite || !cleaned || sending) return;
    setSending(true);
    const result = await checkIn.submit(chosenSite.id, cleaned);
    setSending(false);
    if (!result) return;
    if (result.ok) {
      setOutcome({ ok: true, view: result.data });
      setArrived((list) => [result.data, ...list.filter((item) => item.bookingId !== result.data.bookingId)]);
      setCode('');
    } else {
      setOutcome({ ok: false, error: result.error, code: cleaned });
    }
  };

  const scan = async () => {
    try {
      const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await send(scanned.result);
    } catch {
      // Closed the camera: nothing to do.
    }
  };

  return (
    <PageShell className="nx-hcheckin">
      <LoadState loading={plans.loading} error={plans.error} hasData={plans.data !== undefined} onRetry={() => void plans.reload()}>
        {plans.data && !plan ? <EmptyState mark="检" title="没有找到这次体检" description="它可能不归你的工会管，回到体检工作重新选。" /> : null}
        {plan && plans.data ? (
          <>
            <View className="nx-card">
              <Text className="nx-card__title">{plan.title}</Text>
              <Text className="nx-hstaff__line">今天是{dayLabel(plans.data.today)}，只能给今天在这里体检的人签到。</Text>
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">你在哪个体检点</Text>
              <SiteChooser sites={plan.sites} value={siteId} onChange={chooseSite} />
            </View>
            {chosenSite ? (
              <View className="nx-card nx-hcheckin__scan">
                <Text className="nx-card__title">扫预约码签到</Text>
                {process.env.TARO_ENV === 'weapp' ? (
                  <Button className="nx-hcheckin-scan" type="primary" size="large" block loading={sending} onClick={() => void scan()}>
                    扫一扫
                  </Button>
                ) : null}
                <Text className="nx-hstaff__line nx-muted">扫不出来，就输入工友报的8位预约码：</Text>
                <Input className="nx-hcheckin-code" value={code} maxLength={12} placeholder="如 K7M2-Q9XD" onChange={setCode} onConfirm={() => void send(code)} />
                <Button className="nx-hcheckin-submit" type={process.env.TARO_ENV === 'weapp' ? 'default' : 'primary'} size="large" block loading={sending} onClick={() => void send(code)}>
                  签到
                </Button>
              </View>
            ) : null}
            {outcome ? <OutcomeCard outcome={outcome} /> : null}
            {arrived.length > 0 ? (
              <View className="nx-card nx-hcheckin-arrived">
                <Text className="nx-card__title">刚才签到的（{arrived.length}人）</Text>
                {arrived.map((item) => (
                  <View key={item.bookingId} className="nx-hstat__row">
                    <Text>{item.name}</Text>
                    <Text className="nx-hstat__row-figures">{timeRange(item.slot.startsAt, item.slot.endsAt)}</Text>
                  </View>
                ))}
              </View>
            ) : null}
          </>
        ) : null}
      </LoadState>
    </PageShell>
  );
}

function OutcomeCard({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok) {
    return (
      <View className="nx-hcheckin__result nx-hcheckin__result--fail nx-hcheckin-fail">
        <Text className="nx-hcheckin__result-title">没有签到</Text>
        <Text>{outcome.error.message}</Text>
      </View>
    );
  }
  const { view } = outcome;
  return (
    <View className="nx-hcheckin__result nx-hcheckin__result--ok nx-hcheckin-ok">
      <Text className="nx-hcheckin__result-title">签到成功</Text>
      <Text className="nx-hcheckin__name nx-hcheckin-name">{view.name}</Text>
      <Text>请核对身份证：{view.idMasked}</Text>
      {view.occupation ? <Text>{occupationLabels[view.occupation]}</Text> : null}
      <Text>
        预约时段 {timeRange(view.slot.startsAt, view.slot.endsAt)} · {shortMoment(view.checkedInAt).slice(-5)}到
        {view.late ? '（来晚了）' : ''}
      </Text>
      {view.skippedItems.length > 0 ? (
        <Text className="nx-hcheckin__skip nx-hcheckin-skip">请告诉医生，这次不做：{view.skippedItems.map((item) => healthItemLabels[item]).join('、')}</Text>
      ) : null}
    </View>
  );
}
