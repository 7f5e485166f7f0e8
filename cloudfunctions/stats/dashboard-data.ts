import { contracts } from '@core/contracts';
import type { Dashboard, Metric } from '@core/contracts/stats.contract';
import { driveMetricSpecs, featureSpecs, type MetricSpec, type Sums } from '@core/rules/feature-metrics';
import { monthKey } from '@core/rules/time';
import type { CounterDoc } from '../common/collections/counters.collection';
import { Unions } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';
import { liveFiguresOf } from './live-figures';
import { memberFigures } from './member-figures';
import { readCounters, sumFields } from './read-counters';
import { groupIdOf, type Focus } from './stats-focus';

/** Feature sections whose function is deployed (in the contracts) show even before their first count. */
const deployed = new Set(Object.keys(contracts));

export const counterKinds = ['members', 'drives', 'memberMoves', ...featureSpecs.map((spec) => spec.kind)];

const metricsOf = (specs: readonly MetricSpec[], counters: readonly CounterDoc[], month: string, live: Sums = {}): Metric[] => {
  const total = sumFields(counters);
  const thisMonth = sumFields(counters.filter((counter) => counter.month === month));
  return specs.map((spec) =>
    spec.live
      ? { key: spec.key, label: spec.label, total: spec.value(live), thisMonth: spec.value(live), live: true }
      : { key: spec.key, label: spec.label, total: spec.value(total), thisMonth: spec.value(thisMonth) },
  );
};

const startOfYear = (month: string) => Date.parse(`${month.slice(0, 4)}-01-01T00:00:00+08:00`);

/** Names of the unions the "by union" rows stand for: one read. */
const unionNamesOf = async (store: Store, focus: Focus, counters: readonly CounterDoc[]): Promise<Map<string, string>> => {
  const ids = [...new Set(counters.map((counter) => (counter.unionPath ? groupIdOf(focus, counter.unionPath) : null)).filter((id): id is string => !!id))];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const found = await store.find(Unions, { where: { _id: { $in: ids.slice(0, 100) } }, limit: 100 });
  for (const union of found.items) names.set(union._id, union.name);
  return names;
};

/**
 * Everything the dashboard and the monthly report show for `focus`, from counters (one prefix query
 * per subtree) plus two counts of unions per subtree, one count of overdue waiting legal cases per
 * subtree and one read of union names: the same handful of reads at ten thousand members or a million.
 */
export const dashboardOf = async (store: Store, focus: Focus, now: number, options: { month?: string } = {}): Promise<Dashboard> => {
  const month = options.month ?? monthKey(now);
  const counters = await readCounters(store, focus.paths, counterKinds);
  const yearStart = startOfYear(month);
  let unionCount = 0;
  let foundedThisYear = 0;
  for (const path of focus.paths) {
    unionCount += await store.count(Unions, { path: { $prefix: path } });
    foundedThisYear += await store.count(Unions, { path: { $prefix: path }, foundedAt: { $gte: yearStart } });
  }
  const names = await unionNamesOf(store, focus, counters);
  const ofKind = (kind: string) => counters.filter((counter) => counter.kind === kind);
  const shown = featureSpecs.filter((spec) => deployed.has(spec.kind) || ofKind(spec.kind).length > 0);
  const live = await liveFiguresOf(store, focus.paths, now, new Set(shown.map((spec) => spec.kind)));

  return {
    focus: { id: focus.id, name: focus.name },
    month,
    members: memberFigures(counters, focus, month, names, { onlyMonth: options.month !== undefined }),
    unions: { count: unionCount, foundedThisYear },
    drives: { metrics: metricsOf(driveMetricSpecs, ofKind('drives'), month) },
    sections: shown.map((spec) => ({ kind: spec.kind, title: spec.title, metrics: metricsOf(spec.metrics, ofKind(spec.kind), month, live[spec.kind]) })),
    at: now,
  };
};
