import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { StaffSlotView } from '@core/contracts/health.contract';
import { daysFrom, slotsFromPattern } from '@core/rules/health-slots';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { fetchPlanStats } from '../../../services/health/fetch-plan-stats';
import { generateSlots } from '../../../services/health/generate-slots';
import { updateSlot } from '../../../services/health/update-slot';
import { newRequestId } from '../../../services/request-id';
import { Chips, toggled } from '../components/Chips';
import { SiteChooser } from '../components/SiteChooser';
import { dayLabel, timeRange } from '../health-format';
import './staff.scss';
import './slots.scss';

/** Half-hour ranges of a working day, the usual pattern of a check bus or a hospital's morning. */
const presetTimes = Array.from({ length: 18 }, (_, i) => {
  const start = 8 * 60 + i * 30;
  const at = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${at(start)}-${at(start + 30)}`;
});

/** 排期 (admins): slots for a site from days × time ranges × capacity, then each slot's capacity and 停约. */
export default function HealthSlotsPage() {
  const { params } = useRouter();
  const planId = params.planId ?? '';
  const [toast, showToast] = useToast();
  const stats = useQuery(() => fetchPlanStats(planId), { auto: false });
  useDidShow(() => {
    void stats.reload();
  });
  const plan = stats.data?.plan ?? null;
  const [siteId, setSiteId] = useState<string | null>(null);
  const [days, setDays] = useState<string[]>([]);
  const [times, setTimes] = useState<string[]>([]);
  const [capacity, setCapacity] = useState(6);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const generateRequest = useRef(newRequestId());
  const site = plan?.sites.find((candidate) => candidate.id === (siteId ?? plan.sites[0]?.id)) ?? null;

  const pattern = { days, times: times.map((range) => ({ start: range.slice(0, 5), end: range.slice(6) })), capacity };
  const preview = slotsFromPattern(pattern).length;

  const generate = async () => {
    if (!site || sending) return;
    const found: Record<string, string> = {};
    if (days.length === 0) found.days = '请至少选一天';
    if (times.length === 0) found.times = '请至少选一个时段';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    const result = await generateSlots({ planId, siteId: site.id, ...pattern }, generateRequest.current);
    setSending(false);
    if (!['INTERNAL', 'REQUEST.IN_PROGRESS'].includes(result.ok ? '' : result.error.code)) generateRequest.current = newRequestId();
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return showToast(Object.values(result.error.fields ?? {})[0] ?? result.error.message, 'fail');
    }
    showToast(result.data.created > 0 ? `新增${result.data.created}个时段` : '这些时段都已经有了', 'success');
    setDays([]);
    setTimes([]);
    void stats.reload();
  };

  const change = async (slot: StaffSlotView, patch: { capacity?: number; open?: boolean }) => {
    const result = await updateSlot(slot.id, patch, newRequestId());
    if (!result.ok) showToast(result.error.message, 'fail');
    void stats.reload();
  };

  const siteSlots = (stats.data?.slots ?? []).filter((slot) => slot.siteId === site?.id);
  return (
    <PageShell className="nx-hslots">
      <LoadState loading={stats.loading} error={stats.error} hasData={stats.data !== undefined} onRetry={() => void stats.reload()}>
        {plan && site ? (
          <>
            {params.created === '1' ? <View className="nx-hslots__created nx-hslots-created">体检计划已建好。给每个地点排上时间，工友就能约了。</View> : null}
            <View className="nx-card">
              <Text className="nx-card__title">{plan.title}</Text>
              <SiteChooser sites={plan.sites} value={site.id} onChange={setSiteId} />
            </View>

            <View className="nx-card nx-hslots__generate">
              <Text className="nx-card__title">批量排时间</Text>
              <Text className="nx-hstaff__line">哪几天</Text>
              <Chips idPrefix="nx-hslots-day" options={daysFrom(plan.firstDay, plan.lastDay)} selected={days} labelOf={dayLabel} onTap={(day) => setDays(toggled(days, day))} />
              {errors.days ? <Text className="nx-field-error">{errors.days}</Text> : null}
              <Text className="nx-hstaff__line">每天哪些时段</Text>
              <Chips idPrefix="nx-hslots-time" options={presetTimes} selected={times} labelOf={(range) => range} onTap={(range) => setTimes(toggled(times, range))} />
              {errors.times ? <Text className="nx-field-error">{errors.times}</Text> : null}
              <View className="nx-hslots__capacity">
                <Text className="nx-hstaff__line">每个时段</Text>
                <Button className="nx-hslots-less" size="small" fill="outline" disabled={capacity <= 1} onClick={() => setCapacity(capacity - 1)}>
                  －
                </Button>
                <Text className="nx-hslots__capacity-value nx-hslots-capacity">{capacity}人</Text>
                <Button className="nx-hslots-more" size="small" fill="outline" disabled={capacity >= 100} onClick={() => setCapacity(capacity + 1)}>
                  ＋
                </Button>
              </View>
              <Text className="nx-hstaff__line nx-muted">
                将排{preview}个时段，共{preview * capacity}个名额（已有的不会重复）
              </Text>
              <Button className="nx-hslots-generate" type="primary" size="large" block loading={sending} onClick={() => void generate()}>
                生成时段
              </Button>
            </View>

            <View className="nx-card">
              <Text className="nx-card__title">已排的时段（{siteSlots.length}个）</Text>
              {siteSlots.length === 0 ? <Text className="nx-muted">还没有排时间。</Text> : null}
              {[...new Set(siteSlots.map((slot) => slot.day))].map((day) => (
                <View key={day}>
                  <Text className="nx-hstat__day">{dayLabel(day)}</Text>
                  {siteSlots
                    .filter((slot) => slot.day === day)
                    .map((slot) => (
                      <View key={slot.id} className="nx-hstat__row nx-hslots-row" id={`nx-hslots-row-${slot.id}`}>
                        <View className="nx-hstat__row-main">
                          <Text>{timeRange(slot.startsAt, slot.endsAt)}</Text>
                          <Text className="nx-hstat__row-figures">
                            约{slot.booked}/{slot.capacity}
                            {slot.open ? '' : ' · 已停约'}
                          </Text>
                        </View>
                        <View className="nx-hslots__row-actions">
                          <Button size="small" fill="outline" className="nx-hslots-row-less" disabled={slot.capacity <= Math.max(1, slot.booked)} onClick={() => void change(slot, { capacity: slot.capacity - 1 })}>
                            －
                          </Button>
                          <Button size="small" fill="outline" className="nx-hslots-row-more" disabled={slot.capacity >= 100} onClick={() => void change(slot, { capacity: slot.capacity + 1 })}>
                            ＋
                          </Button>
                          <Button size="small" fill="outline" className="nx-hslots-row-open" onClick={() => void change(slot, { open: !slot.open })}>
                            {slot.open ? '停约' : '恢复'}
                          </Button>
                        </View>
                      </View>
                    ))}
                </View>
              ))}
            </View>
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
