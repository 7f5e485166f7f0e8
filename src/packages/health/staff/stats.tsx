import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { PlanStats, StaffSlotView } from '@core/contracts/health.contract';
import { siteKindLabels } from '@core/enums/health-labels';
import { occupationLabels } from '@core/enums/occupation-labels';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { fetchPlanStats } from '../../../services/health/fetch-plan-stats';
import { markNoShows } from '../../../services/health/mark-no-shows';
import { Chips } from '../components/Chips';
import { dayLabel, timeRange } from '../health-format';
import './staff.scss';

const waitingIn = (slot: StaffSlotView) => slot.booked - slot.checkedIn - slot.noShow;

/** 预约统计: booked, checked in and no-show for the plan, each site, each slot and each occupation; 标记未到 for slots that ended. */
export default function StaffHealthStatsPage() {
  const { params } = useRouter();
  const planId = params.planId ?? '';
  const [toast, showToast] = useToast();
  const stats = useQuery(() => fetchPlanStats(planId), { auto: false });
  const [marking, setMarking] = useState<StaffSlotView | null>(null);
  const noShows = useSubmit((requestId, slotId: string) => markNoShows(slotId, requestId), (slotId) => slotId);
  useDidShow(() => {
    void stats.reload();
  });

  const mark = async (slot: StaffSlotView) => {
    setMarking(null);
    const result = await noShows.submit(slot.id);
    if (!result) return;
    showToast(result.ok ? `已把${result.data.marked}人标记为未到` : result.error.message, result.ok ? 'success' : 'fail');
    void stats.reload();
  };

  return (
    <PageShell className="nx-hstats">
      <LoadState loading={stats.loading} error={stats.error} hasData={stats.data !== undefined} onRetry={() => void stats.reload()}>
        {stats.data ? <StatsBody stats={stats.data} onMark={setMarking} /> : null}
      </LoadState>
      <Dialog
        className="nx-hstats-mark-dialog"
        visible={marking !== null}
        title="把还没签到的人标记为未到？"
        content={marking ? `${timeRange(marking.startsAt, marking.endsAt)}还有${waitingIn(marking)}人没签到。标记后他们下次只能在最后几天预约；当天来晚了仍然可以签到。` : ''}
        confirmText="标记未到"
        cancelText="再等等"
        onCancel={() => setMarking(null)}
        onClose={() => setMarking(null)}
        onConfirm={() => {
          if (marking) void mark(marking);
        }}
      />
      {toast}
    </PageShell>
  );
}

function StatsBody({ stats, onMark }: { stats: PlanStats; onMark: (slot: StaffSlotView) => void }) {
  // One site's slots at a time: a bus and a hospital side by side make a list too long to read.
  const [siteId, setSiteId] = useState(stats.plan.sites[0]?.id ?? '');
  const siteSlots = stats.slots.filter((slot) => slot.siteId === siteId);
  const days = [...new Set(siteSlots.map((slot) => slot.day))];
  return (
    <>
      <View className="nx-card nx-hstats-totals">
        <Text className="nx-card__title">{stats.plan.title}</Text>
        <View className="nx-hstat__tiles">
          <Tile label="名额" value={stats.totals.capacity} />
          <Tile label="已预约" value={stats.totals.booked} />
          <Tile label="已签到" value={stats.totals.checkedIn} id="nx-hstats-checked-in" />
          <Tile label="未到" value={stats.totals.noShow} />
        </View>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">按地点</Text>
        {stats.sites.map((row) => {
          const site = stats.plan.sites.find((candidate) => candidate.id === row.siteId);
          return (
            <View key={row.siteId} className="nx-hstat__row nx-hstats-site" id={`nx-hstats-site-${row.siteId}`}>
              <View className="nx-hstat__row-main">
                <Text>{site ? `${siteKindLabels[site.kind]} · ${site.name}` : row.siteId}</Text>
                <Text className="nx-hstat__row-figures">
                  约{row.booked}/{row.capacity} · 到{row.checkedIn} · 未到{row.noShow}
                </Text>
              </View>
            </View>
          );
        })}
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">按职业</Text>
        {stats.occupations.length === 0 ? <Text className="nx-muted">还没有人预约。</Text> : null}
        {stats.occupations.map((row) => (
          <View key={row.occupation} className="nx-hstat__row nx-hstats-occupation" id={`nx-hstats-occupation-${row.occupation}`}>
            <Text>{occupationLabels[row.occupation]}</Text>
            <Text className="nx-hstat__row-figures">
              约{row.booked} · 到{row.checkedIn} · 未到{row.noShow}
            </Text>
          </View>
        ))}
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">按时段</Text>
        {stats.plan.sites.length > 1 ? (
          <Chips idPrefix="nx-hstats-site-tab" options={stats.plan.sites.map((site) => site.id)} selected={[siteId]} labelOf={(id) => stats.plan.sites.find((site) => site.id === id)?.name ?? id} onTap={setSiteId} />
        ) : null}
        {siteSlots.length === 0 ? <Text className="nx-muted">这个地点还没有排时间。</Text> : null}
        {days.map((day) => (
          <View key={day}>
            <Text className="nx-hstat__day">{dayLabel(day)}</Text>
            {siteSlots
              .filter((slot) => slot.day === day)
              .map((slot) => (
                <View key={slot.id} className="nx-hstat__row nx-hstats-slot" id={`nx-hstats-slot-${slot.id}`}>
                  <View className="nx-hstat__row-main">
                    <Text>{timeRange(slot.startsAt, slot.endsAt)}</Text>
                    <Text className="nx-hstat__row-figures">
                      约{slot.booked}/{slot.capacity} · 到{slot.checkedIn} · 未到{slot.noShow}
                      {slot.open ? '' : ' · 已停约'}
                    </Text>
                  </View>
                  {slot.ended && waitingIn(slot) > 0 ? (
                    <Button className="nx-hstats-mark" size="small" fill="outline" onClick={() => onMark(slot)}>
                      标记未到
                    </Button>
                  ) : null}
                </View>
              ))}
          </View>
        ))}
      </View>
    </>
  );
}

function Tile({ label, value, id }: { label: string; value: number; id?: string }) {
  return (
    <View className="nx-hstat__tile" id={id}>
      <Text className="nx-hstat__number">{value}</Text>
      <Text className="nx-hstat__label">{label}</Text>
    </View>
  );
}
