import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { Dashboard, Metric } from '@core/contracts/stats.contract';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { fetchDashboard } from '../../services/stats/fetch-dashboard';
import { BarList } from './components/BarList';
import { ExportPanel } from './components/ExportPanel';
import './index.scss';

/**
 * 数据看板 of the staff member's unions. Charts are bars drawn with Views rather than a chart library:
 * the canvas libraries that run in both the mini-program and H5 draw text into pixels (no 大字模式, no
 * tests reading it) and weigh 150 KB–1 MB; these bars cost nothing and read the same everywhere.
 */
function Figure({ label, value, id }: { label: string; value: number; id?: string }) {
  return (
    <View id={id} className="nx-dash-figure">
      <Text className="nx-dash-figure__value">{value.toLocaleString('zh-CN')}</Text>
      <Text className="nx-dash-figure__label">{label}</Text>
    </View>
  );
}

function Metrics({ metrics }: { metrics: readonly Metric[] }) {
  return (
    <View className="nx-dash-metrics">
      {metrics.map((metric) => (
        <View key={metric.key} id={`nx-metric-${metric.key}`} className="nx-dash-metric">
          <Text className="nx-dash-metric__label">{metric.label}</Text>
          <Text className="nx-dash-metric__value">{metric.total.toLocaleString('zh-CN')}</Text>
          {/* A live figure (超期未答复) is as of now: a 本月 number would repeat it. */}
          <Text className="nx-caption">{metric.live ? '当前' : `本月 ${metric.thisMonth.toLocaleString('zh-CN')}`}</Text>
        </View>
      ))}
    </View>
  );
}

const monthRows = (byMonth: Dashboard['members']['byMonth']) =>
  [...byMonth].reverse().map((row) => ({ key: row.month, label: `${row.month.slice(2, 4)}年${Number(row.month.slice(5))}月`, count: row.joined }));

export default function DashboardPage() {
  // The unions drilled into, outermost first; empty = the caller's own scope.
  const [trail, setTrail] = useState<Array<{ id: string; name: string }>>([]);
  const focusId = trail.at(-1)?.id;
  const dashboard = useQuery(() => fetchDashboard(focusId));
  const [toast, showToast] = useToast();
  usePullDownRefresh(() => {
    void dashboard.reload().finally(() => stopPullDownRefresh());
  });

  const go = (next: typeof trail) => {
    setTrail(next);
    // The query reads focusId when it runs: let the state land first.
    setTimeout(() => void dashboard.reload(), 0);
  };
  const data = dashboard.data;

  return (
    <PageShell className="nx-dash">
      <LoadState loading={dashboard.loading} error={dashboard.error} hasData={data !== undefined} onRetry={() => void dashboard.reload()}>
        {data ? (
          <>
            <View className="nx-dash__head">
              <Text className="nx-hero nx-dash-focus">{data.focus.name}</Text>
              <Text className="nx-muted">截至 {data.month.replace('-', '年')}月 · 数据随入会、活动实时更新</Text>
              {trail.length > 0 ? (
                <Button className="nx-dash-up" size="small" onClick={() => go(trail.slice(0, -1))}>
                  返回上一级
                </Button>
              ) : null}
            </View>

            <View className="nx-card">
              <Text className="nx-card__title">会员</Text>
              <View className="nx-dash-figures">
                <Figure id="nx-dash-total" label="会员总数" value={data.members.total} />
                <Figure id="nx-dash-new" label="本月新入会" value={data.members.newThisMonth} />
              </View>
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">按职业</Text>
              <BarList rows={data.members.byOccupation} />
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">按平台</Text>
              <BarList rows={data.members.byPlatform} />
            </View>
            {data.members.byUnion.some((row) => row.key !== data.focus.id) ? (
              <View className="nx-card nx-dash-unions">
                <Text className="nx-card__title">按工会（点名字看下一级）</Text>
                <BarList rows={data.members.byUnion} canTap={(row) => row.key !== data.focus.id} onTap={(row) => go([...trail, { id: row.key, name: row.label }])} />
              </View>
            ) : null}
            <View className="nx-card">
              <Text className="nx-card__title">每月新入会（近12个月）</Text>
              <BarList compact rows={monthRows(data.members.byMonth)} />
            </View>

            <View className="nx-card">
              <Text className="nx-card__title">工会组织</Text>
              <View className="nx-dash-figures">
                <Figure label="工会总数" value={data.unions.count} />
                <Figure label="今年新建" value={data.unions.foundedThisYear} />
              </View>
            </View>
            <View className="nx-card nx-dash-drives">
              <Text className="nx-card__title">双覆盖活动</Text>
              <Metrics metrics={data.drives.metrics} />
            </View>
            {data.sections.map((section) => (
              <View key={section.kind} className={`nx-card nx-dash-section nx-dash-section-${section.kind}`}>
                <Text className="nx-card__title">{section.title}</Text>
                <Metrics metrics={section.metrics} />
              </View>
            ))}

            <ExportPanel unionId={focusId ?? null} month={data.month} onMessage={showToast} />
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
