import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { AppError } from '@core/result';
import { healthItemLabels } from '@core/enums/health-labels';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { fetchHealthPlans } from '../../services/health/fetch-health-plans';
import { fetchSlots } from '../../services/health/fetch-slots';
import { HealthConsent } from './components/HealthConsent';
import { SiteChooser } from './components/SiteChooser';
import { SlotPicker } from './components/SlotPicker';
import { shortMoment, slotWhen } from './health-format';
import { healthRoutes } from './health-routes';
import { useBookingForm } from './use-booking-form';
import './plan.scss';

/** Top to bottom, as the page shows them: it scrolls to the first one that is wrong. */
const fieldOrder = ['slotId', 'mayBePregnant', 'consent.health'];
const anchorOf: Record<string, string> = { slotId: '#nx-field-slot', mayBePregnant: '#nx-field-mayBePregnant', 'consent.health': '#nx-field-consent-health' };

/** 选时间预约 (or 改期 with `move=1`): a place, a day, a time, the 体检须知 — then one tap. */
export default function HealthPlanPage() {
  const { params } = useRouter();
  const planId = params.planId ?? '';
  const moving = params.move === '1';
  const [toast, showToast] = useToast();
  const [failure, setFailure] = useState<AppError | null>(null);
  const plans = useQuery(fetchHealthPlans);
  const plan = plans.data?.items.find((item) => item.id === planId) ?? null;

  const form = useBookingForm({
    planId,
    moving,
    onDone: () => void Taro.redirectTo({ url: `${healthRoutes.booking}?planId=${planId}&done=${moving ? 'moved' : 'booked'}` }).catch(() => undefined),
    onSeatGone: (error) => {
      showToast(error.message, 'fail');
      void slots.reload();
    },
    onFailure: (error) => {
      if (error.code === 'HEALTH.ALREADY_BOOKED') return void Taro.redirectTo({ url: `${healthRoutes.booking}?planId=${planId}` }).catch(() => undefined);
      // The privacy notice changed since they joined: call() opened the renew page; back here the draft is kept.
      if (error.code === 'MEMBER.CONSENT_OUTDATED') return;
      if (error.code === 'INTERNAL') return showToast(`${error.message}。选好的时段已保存`, 'fail');
      setFailure(error);
    },
    onInvalid: (errors) => {
      showToast('请按红字提示补全');
      const first = fieldOrder.find((key) => errors[key]);
      if (first) void form.scrollTo(anchorOf[first]);
    },
  });
  const { draft, update } = form;
  const siteId = draft.siteId ?? (moving ? plan?.myBooking?.site.id : plan?.sites[0]?.id) ?? null;
  // Loaded once a site is known (the plan's first, or the booking's when moving), again on each change.
  const slots = useQuery(() => fetchSlots(planId, siteId ?? ''), { auto: false });
  useEffect(() => {
    if (siteId) void slots.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [siteId]);

  const chosen = slots.data?.slots.find((slot) => slot.id === draft.slotId) ?? null;
  const canBook = moving ? plan?.myBooking?.canChange === true : plan?.eligible === true && plan.window.state === 'open';

  return (
    <PageShell className="nx-hplan">
      <LoadState loading={plans.loading} error={plans.error} hasData={plans.data !== undefined} onRetry={() => void plans.reload()}>
        {plans.data && !plan ? <EmptyState mark="检" title="没有找到这次体检" description="可能已经结束了，回到体检预约看看别的。" /> : null}
        {plan ? (
          <>
            <View className="nx-card nx-hplan__head">
              <Text className="nx-card__title">{plan.title}</Text>
              <Text className="nx-hplan__line">{plan.provider}</Text>
              {moving && plan.myBooking ? (
                <View className="nx-hplan__banner nx-hplan-moving">
                  <Text className="nx-hplan__banner-title">改期</Text>
                  <Text>现在约的是：{slotWhen(plan.myBooking.slot.startsAt, plan.myBooking.slot.endsAt)}，{plan.myBooking.site.name}</Text>
                  <Text>选一个新时段，新的约上了，原来的名额才会退回。</Text>
                </View>
              ) : null}
              {!moving && plan.window.state !== 'open' ? <View className="nx-hplan__banner nx-hplan__banner--wait nx-hplan-window">{plan.window.message}</View> : null}
              {!moving && !plan.eligible ? <View className="nx-hplan__banner nx-hplan__banner--wait">{plan.ineligibleReason}</View> : null}
            </View>

            <View className="nx-card">
              <Text className="nx-card__title">1 选地点</Text>
              <SiteChooser sites={plan.sites} value={siteId} onChange={(next) => update({ siteId: next, day: null, slotId: null })} />
            </View>

            <View className="nx-card" id="nx-field-slot">
              <Text className="nx-card__title">2 选时间</Text>
              <LoadState loading={slots.loading} error={slots.error} hasData={slots.data !== undefined} onRetry={() => void slots.reload()}>
                {slots.data && slots.data.slots.length === 0 ? <Text className="nx-muted">这个地点还没有排时间，换个地点看看。</Text> : null}
                {slots.data ? (
                  <SlotPicker slots={slots.data.slots} now={slots.data.now} day={draft.day} onDay={(day) => update({ day })} value={draft.slotId} onChange={(slotId) => update({ slotId })} />
                ) : null}
              </LoadState>
              {form.errors.slotId ? <Text className="nx-field-error">{form.errors.slotId}</Text> : null}
            </View>

            {!moving ? (
              <View className="nx-card">
                <Text className="nx-card__title">3 体检须知</Text>
                <HealthConsent
                  agreed={draft.agreed}
                  onAgree={(agreed) => update({ agreed })}
                  asksPregnancy={plan.asksPregnancy}
                  mayBePregnant={form.mayBePregnant}
                  onAnswer={form.answer}
                  errors={form.errors}
                />
              </View>
            ) : null}

            <View className="nx-card">
              <Text className="nx-card__title">检查什么、要准备什么</Text>
              <View className="nx-hplan__items">
                {plan.items.map((item) => (
                  <Text key={item} className="nx-hplan__item">
                    {healthItemLabels[item]}
                  </Text>
                ))}
              </View>
              {plan.preparation.map((line) => (
                <Text key={line} className="nx-hplan__prep">
                  · {line}
                </Text>
              ))}
              <Text className="nx-hplan__prep nx-muted">体检开始前{plan.cutoffHours}小时以内不能再改期或取消。</Text>
            </View>

            {failure ? (
              <View className="nx-hplan__banner nx-hplan__banner--error nx-hplan-failure">
                <Text>{failure.message}</Text>
              </View>
            ) : null}
            {chosen ? (
              <Text className="nx-hplan__chosen nx-hplan-chosen">
                你选的是：{slotWhen(chosen.startsAt, chosen.endsAt)}，{slots.data?.site.name}
              </Text>
            ) : null}
            <Button
              className="nx-hplan-submit"
              type="primary"
              size="large"
              block
              disabled={!canBook}
              loading={form.sending}
              onClick={() => {
                setFailure(null);
                void form.submit(plan);
              }}
            >
              {moving ? '改到这个时段' : '确认预约'}
            </Button>
            {moving && plan.myBooking && !plan.myBooking.canChange ? (
              <Text className="nx-muted">已过改期截止时间（{shortMoment(plan.myBooking.changeDeadline)}）。如果去不了，请联系工会。</Text>
            ) : null}
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
