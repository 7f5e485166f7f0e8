import { z } from 'zod';
import { defineContract } from '../contract';
import { DocIdSchema, TimestampSchema } from './fields';

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');

const CountRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export type CountRow = z.infer<typeof CountRowSchema>;

const MonthRowSchema = z.object({
  month: z.string(),
  /** Members who joined that month (and are members still). */
  joined: z.number().int(),
  /** Members at the end of that month. */
  total: z.number().int(),
});

const MetricSchema = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number(),
  thisMonth: z.number(),
  /** Counted as of `at` (超期未答复: cases waiting past their deadline now), so `thisMonth` equals `total`. */
  live: z.literal(true).optional(),
});
export type Metric = z.infer<typeof MetricSchema>;

/** A feature's figures (礼包, 法律援助, 体检): shown once that feature keeps counters or is deployed. */
export const FeatureSectionSchema = z.object({ kind: z.string(), title: z.string(), metrics: z.array(MetricSchema) });
export type FeatureSection = z.infer<typeof FeatureSectionSchema>;

export const DashboardSchema = z.object({
  /** Whose subtree the figures cover: one union, or (id null) every union the caller serves. */
  focus: z.object({ id: z.string().nullable(), name: z.string() }),
  /** `2026-11`: the month "this month" means. */
  month: z.string(),
  members: z.object({
    total: z.number().int(),
    newThisMonth: z.number().int(),
    byOccupation: z.array(CountRowSchema),
    byPlatform: z.array(CountRowSchema),
    /** One level down the tree from the focus, to drill into. */
    byUnion: z.array(CountRowSchema),
    /** The last twelve months, oldest first. */
    byMonth: z.array(MonthRowSchema),
  }),
  unions: z.object({ count: z.number().int(), foundedThisYear: z.number().int() }),
  drives: z.object({ metrics: z.array(MetricSchema) }),
  sections: z.array(FeatureSectionSchema),
  at: TimestampSchema,
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const exportKindLabels = { members: '会员名册', drives: '活动台账', monthly: '月度报表' } as const;
export type ExportKind = keyof typeof exportKindLabels;

export const statsContracts = {
  /** 数据看板: read from counters only, so it costs the same few reads at any number of members. */
  dashboard: defineContract({
    kind: 'query',
    input: z.object({ unionId: DocIdSchema.optional() }).strict(),
    output: DashboardSchema,
    errors: ['UNION.NOT_FOUND'],
  }),
  /** An .xlsx with masked ID and phone, behind a temporary link; every export is audited. */
  export: defineContract({
    kind: 'command',
    input: z
      .object({
        kind: z.enum(['members', 'drives', 'monthly'], { errorMap: () => ({ message: '请选择要导出的报表' }) }),
        unionId: DocIdSchema.optional(),
        month: MonthSchema.optional(),
      })
      .strict(),
    output: z.object({
      fileName: z.string(),
      url: z.string(),
      rows: z.number().int(),
      /** More rows matched than one file holds: narrow by union or month. */
      truncated: z.boolean(),
    }),
    errors: ['UNION.NOT_FOUND'],
  }),
};
