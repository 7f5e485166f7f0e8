import { memberMoveSpecs } from '@core/rules/feature-metrics';
import type { Store } from '../../common/ports/store.port';
import { dashboardOf } from '../dashboard-data';
import { readCounters, sumFields } from '../read-counters';
import type { Focus } from '../stats-focus';
import type { Sheet } from './sheet';

/**
 * 月度报表: the figures unions report upward each month, for the focus subtrees — from counters only,
 * like the dashboard: members (new by occupation, platform and union; total), movements, drives and
 * each deployed feature. Rows are `[section, item, this month, total]`.
 */
export const monthlySheet = async (store: Store, focus: Focus, month: string, now: number): Promise<Sheet> => {
  const report = await dashboardOf(store, focus, now, { month });
  const moves = sumFields((await readCounters(store, focus.paths, ['memberMoves'])).filter((counter) => counter.month === month));
  const rows: Array<Array<string | number | null>> = [
    ['会员', '会员总数', null, report.members.byMonth.at(-1)?.total ?? report.members.total],
    ['会员', '本月新入会', report.members.newThisMonth, null],
    ...report.members.byOccupation.map((row) => ['本月新入会·按职业', row.label, row.count, null]),
    ...report.members.byPlatform.map((row) => ['本月新入会·按平台', row.label, row.count, null]),
    ...report.members.byUnion.map((row) => ['本月新入会·按工会', row.label, row.count, null]),
    ...memberMoveSpecs.map((spec) => ['会员变动', spec.label, spec.value(moves), null]),
    ['工会', '工会数量', null, report.unions.count],
    ['工会', '今年新建工会', null, report.unions.foundedThisYear],
    ...report.drives.metrics.map((metric) => ['双覆盖活动', metric.label, metric.thisMonth, metric.total]),
    // A live figure (超期未答复) is as of the export, whatever month is reported: in 累计 only.
    ...report.sections.flatMap((section) =>
      section.metrics.map((metric) => (metric.live ? [section.title, `${metric.label}（截至导出时）`, null, metric.total] : [section.title, metric.label, metric.thisMonth, metric.total])),
    ),
  ];
  return {
    name: `月度报表 ${month}`,
    columns: [
      { header: '类别', width: 20 },
      { header: '项目', width: 30 },
      { header: `${month} 本月`, width: 14 },
      { header: '累计', width: 12 },
    ],
    rows,
    records: rows.length,
    truncated: false,
  };
};
