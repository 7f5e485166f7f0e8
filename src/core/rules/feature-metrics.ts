/**
 * How the dashboard shows each feature's counters (kinds kept by the welfare, legal and health
 * functions): a title, and per metric a label and how to compute it from the summed counter fields.
 * A section appears once its feature is deployed or its counters exist, so features light up here
 * without this file knowing their code.
 */
export type Sums = Readonly<Record<string, number>>;

export interface MetricSpec {
  key: string;
  label: string;
  value(sums: Sums): number;
  /**
   * A state counted when the dashboard is read (the stats function adds it to the sums), not a flow
   * summed from counters: the figure is "now", so 本月 shows the same number.
   */
  live?: true;
}

export interface FeatureSpec {
  /** The counter kind and the function name. */
  kind: string;
  title: string;
  metrics: readonly MetricSpec[];
}

const field = (name: string) => (sums: Sums) => sums[name] ?? 0;

export const featureSpecs: readonly FeatureSpec[] = [
  {
    kind: 'welfare',
    title: '送温暖礼包',
    metrics: [
      { key: 'claimed', label: '已领取', value: field('claimed') },
      { key: 'redeemed', label: '已核销', value: field('redeemed') },
      { key: 'expired', label: '已过期', value: field('expired') },
    ],
  },
  {
    kind: 'legal',
    title: '法律援助',
    metrics: [
      { key: 'opened', label: '收到申请', value: field('opened') },
      { key: 'open', label: '办理中', value: (sums) => (sums.opened ?? 0) - (sums.declined ?? 0) - (sums.closed ?? 0) },
      // 超期 in two figures: cases still waiting past their answer deadline (what to act on now, counted
      // live on legalCases) and cases answered after it (counted when answered). A case moves from the
      // first to the second when it is answered, so it is never in both.
      { key: 'overdueWaiting', label: '超期未答复', value: field('overdueWaiting'), live: true },
      { key: 'overdue', label: '超期答复', value: field('overdue') },
      { key: 'closed', label: '已结案', value: field('closed') },
      { key: 'amountRecovered', label: '挽回金额（元）', value: field('amountRecovered') },
    ],
  },
  {
    kind: 'health',
    title: '免费体检',
    metrics: [
      { key: 'booked', label: '已预约', value: field('booked') },
      { key: 'checkedIn', label: '已体检', value: field('checkedIn') },
      { key: 'noShow', label: '未到场', value: field('noShow') },
    ],
  },
];

/** The `drives` counters (kept by the drive function). */
export const driveMetricSpecs: readonly MetricSpec[] = [
  { key: 'held', label: '举办活动', value: field('held') },
  { key: 'reached', label: '覆盖人数', value: field('reached') },
  { key: 'joined', label: '活动入会', value: field('joined') },
  { key: 'founded', label: '新建工会', value: field('founded') },
];

/** The `memberMoves` counters (kept by the member function), for the monthly report. */
export const memberMoveSpecs: readonly MetricSpec[] = [
  { key: 'transferredIn', label: '转入', value: field('transferredIn') },
  { key: 'transferredOut', label: '转出', value: field('transferredOut') },
  { key: 'withdrawn', label: '退会', value: field('withdrawn') },
];
