import { z } from 'zod';
import { BookingStatusSchema, BookingTierSchema, HealthItemSchema, SiteKindSchema } from '../enums/health';
import { OccupationSchema } from '../enums/occupation';
import { TimestampSchema } from './fields';
import { UnionRefSchema } from './directory.contract';

/** Field and view schemas of the `health` contracts, each written once. */

const realDay = (day: string) => {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

/** `2026-12-03`, a day in Asia/Shanghai. */
export const DayKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-12-03')
  .refine(realDay, '没有这一天，请重新选择日期');

/** `08:30`, a time of day. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 08:30');

export const TimeRangeSchema = z
  .object({ start: ClockTimeSchema, end: ClockTimeSchema })
  .strict()
  .refine((range) => range.start < range.end, { message: '结束时间要晚于开始时间', path: ['end'] });

/**
 * A booking code as staff type it or as the QR code carries it (`nuanxin:health:K7M2Q9XD`): letters
 * and digits, spaces and dashes ignored, upper-cased.
 */
export const BookingCodeSchema = z
  .string()
  .max(64, '预约码不正确')
  .transform((raw) => raw.trim().replace(/^nuanxin:health:/i, '').replace(/[\s-]/g, '').toUpperCase())
  .refine((code) => /^[0-9A-Z]{8}$/.test(code), '预约码是8位字母和数字，请核对');

export const PlanSiteViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  kind: SiteKindSchema,
});
export type PlanSiteView = z.infer<typeof PlanSiteViewSchema>;

export const BookingWindowViewSchema = z.object({
  state: z.enum(['notYet', 'open', 'closed']),
  tier: BookingTierSchema,
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  message: z.string(),
});

export const EligibilityViewSchema = z.object({
  occupations: z.array(OccupationSchema),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
});

/** A plan as workers and staff both read it. */
export const PlanBaseViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  union: UnionRefSchema,
  items: z.array(HealthItemSchema),
  preparation: z.array(z.string()),
  sites: z.array(PlanSiteViewSchema),
  firstDay: z.string(),
  lastDay: z.string(),
  cutoffHours: z.number().int(),
  eligibility: EligibilityViewSchema,
});

/** A slot with what is left of it; `mine` marks the worker's own. */
export const SlotViewSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  day: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  capacity: z.number().int(),
  remaining: z.number().int(),
  open: z.boolean(),
  mine: z.boolean(),
});
export type SlotView = z.infer<typeof SlotViewSchema>;

/** The worker's own booking: where, when, the code to show, what to bring, until when it may change. */
export const BookingViewSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  provider: z.string(),
  status: BookingStatusSchema,
  site: PlanSiteViewSchema,
  slot: z.object({ id: z.string(), startsAt: TimestampSchema, endsAt: TimestampSchema }),
  /** Shown as `K7M2-Q9XD` and typed by staff when a scan fails. */
  code: z.string(),
  qrPayload: z.string(),
  preparation: z.array(z.string()),
  /** Items not done because of the worker's own answer (e.g. 胸部DR). */
  skippedItems: z.array(HealthItemSchema),
  changeDeadline: TimestampSchema,
  canChange: z.boolean(),
  bookedAt: TimestampSchema,
  checkedInAt: TimestampSchema.nullable(),
});
export type BookingView = z.infer<typeof BookingViewSchema>;

/** Booked, checked in and no-show counts: one row of plan stats. */
export const HealthTalliesSchema = z.object({
  booked: z.number().int(),
  checkedIn: z.number().int(),
  noShow: z.number().int(),
});
