import { z } from 'zod';
import { defineContract } from '../contract';
import { HealthItemSchema, SiteKindSchema } from '../enums/health';
import { OccupationSchema } from '../enums/occupation';
import { DocIdSchema, TimestampSchema } from './fields';
import {
  BookingCodeSchema,
  BookingViewSchema,
  BookingWindowViewSchema,
  DayKeySchema,
  HealthTalliesSchema,
  PlanBaseViewSchema,
  PlanSiteViewSchema,
  SlotViewSchema,
  TimeRangeSchema,
} from './health-fields';

/** 送健康体检: workers book, move and cancel; admins plan and schedule; staff on site check in. */

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

// ——— worker ———

/** A plan open to the worker's union, with whether and when they may book, and why not. */
export const WorkerPlanViewSchema = PlanBaseViewSchema.extend({
  eligible: z.boolean(),
  /** Why not, in Chinese, when not eligible. */
  ineligibleReason: z.string().nullable(),
  window: BookingWindowViewSchema,
  /** The one health question (pregnancy, for X-rays) applies to this worker. */
  asksPregnancy: z.boolean(),
  myBooking: BookingViewSchema.nullable(),
});
export type WorkerPlanView = z.infer<typeof WorkerPlanViewSchema>;

export const HealthConsentSchema = z
  .object({
    version: z.string().min(1).max(32),
    health: z.literal(true, { errorMap: () => ({ message: '请阅读体检须知并勾选同意' }) }),
  })
  .strict();

export const BookInputSchema = z
  .object({
    planId: DocIdSchema,
    slotId: DocIdSchema,
    consent: HealthConsentSchema,
    /** Asked only when the plan has an X-ray and the worker is a woman; absent otherwise. */
    mayBePregnant: z.boolean({ invalid_type_error: '请选择是或否' }).optional(),
  })
  .strict();
export type BookInput = z.input<typeof BookInputSchema>;

export const MoveInputSchema = z.object({ planId: DocIdSchema, slotId: DocIdSchema }).strict();

// ——— admin ———

const PlanSiteInputSchema = z
  .object({
    name: z.string().trim().min(2, '请填写地点名称').max(30, '地点名称最多30个字'),
    address: z.string().trim().min(4, '请填写详细地址').max(60, '地址最多60个字'),
    kind: SiteKindSchema,
  })
  .strict();

export const CreatePlanInputSchema = z
  .object({
    title: z.string().trim().min(4, '标题至少4个字').max(40, '标题最多40个字'),
    unionId: DocIdSchema.describe('组织这次体检的工会：它的会员可以预约'),
    provider: z.string().trim().min(2, '请填写体检机构').max(40, '体检机构最多40个字'),
    items: z.array(HealthItemSchema).min(1, '请至少选一个检查项目').max(11).refine(unique, '检查项目重复了'),
    notes: z.array(z.string().trim().min(2, '每条须知至少2个字').max(60, '每条须知最多60个字')).max(5, '须知最多5条').default([]),
    occupations: z.array(OccupationSchema).max(7).refine(unique, '职业重复了').default([]),
    ageMin: z.number().int().min(16, '年龄下限不能小于16岁').max(80).nullable().default(null),
    ageMax: z.number().int().min(16).max(80, '年龄上限不能超过80岁').nullable().default(null),
    sites: z.array(PlanSiteInputSchema).min(1, '请至少填一个体检地点').max(6, '最多6个体检地点'),
    firstDay: DayKeySchema,
    lastDay: DayKeySchema,
    /** When booking opens for workers with no check in the last 12 months. */
    opensAt: TimestampSchema,
    priorityDays: z.number().int().min(0).max(30, '优先期最多30天').default(3),
    lateDays: z.number().int().min(0).max(30, '补约期最多30天').default(2),
    cutoffHours: z.number().int().min(0).max(72, '最多提前72小时').default(24),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.lastDay < input.firstDay) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['lastDay'], message: '结束日期不能早于开始日期' });
    if (input.ageMin !== null && input.ageMax !== null && input.ageMin > input.ageMax) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['ageMax'], message: '年龄上限不能小于下限' });
    }
    if (Date.parse(`${input.lastDay}T00:00:00Z`) - Date.parse(`${input.firstDay}T00:00:00Z`) > 92 * 24 * 3600_000) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['lastDay'], message: '一次体检最长3个月' });
    }
    if (input.opensAt >= Date.parse(`${input.lastDay}T00:00:00+08:00`) + 24 * 3600_000) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['opensAt'], message: '开始预约的时间要早于最后一天' });
    }
  });
export type CreatePlanInput = z.input<typeof CreatePlanInputSchema>;

/** A plan as staff manage it. */
export const StaffPlanViewSchema = PlanBaseViewSchema.extend({
  opensAt: TimestampSchema,
  priorityDays: z.number().int(),
  lateDays: z.number().int(),
  closesAt: TimestampSchema,
  createdAt: TimestampSchema,
});
export type StaffPlanView = z.infer<typeof StaffPlanViewSchema>;

export const GenerateSlotsInputSchema = z
  .object({
    planId: DocIdSchema,
    siteId: DocIdSchema,
    days: z.array(DayKeySchema).min(1, '请至少选一天').max(31, '一次最多31天').refine(unique, '日期重复了'),
    times: z.array(TimeRangeSchema).min(1, '请至少选一个时段').max(24, '一天最多24个时段'),
    capacity: z.number().int().min(1, '每个时段至少1个名额').max(100, '每个时段最多100个名额'),
  })
  .strict()
  .superRefine((input, ctx) => {
    const sorted = [...input.times].sort((a, b) => a.start.localeCompare(b.start));
    if (sorted.some((range, i) => i > 0 && range.start < sorted[i - 1].end)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['times'], message: '时段之间不能重叠' });
    }
  });
export type GenerateSlotsInput = z.input<typeof GenerateSlotsInputSchema>;

export const UpdateSlotInputSchema = z
  .object({
    slotId: DocIdSchema,
    capacity: z.number().int().min(1, '每个时段至少1个名额').max(100, '每个时段最多100个名额').optional(),
    open: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.capacity !== undefined || input.open !== undefined, { message: '请修改名额或开放状态', path: ['capacity'] });

/** A slot as the admin and staff see it: seats and how the day went. */
export const StaffSlotViewSchema = SlotViewSchema.omit({ mine: true }).extend({
  booked: z.number().int(),
  checkedIn: z.number().int(),
  noShow: z.number().int(),
  ended: z.boolean(),
});
export type StaffSlotView = z.infer<typeof StaffSlotViewSchema>;

// ——— staff on site ———

export const CheckInInputSchema = z.object({ planId: DocIdSchema, siteId: DocIdSchema, code: BookingCodeSchema }).strict();

/** Who just arrived, enough to compare with their ID card: masked, as every staff view is. */
export const CheckInViewSchema = z.object({
  bookingId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  occupation: OccupationSchema.nullable(),
  site: PlanSiteViewSchema,
  slot: z.object({ startsAt: TimestampSchema, endsAt: TimestampSchema }),
  checkedInAt: TimestampSchema,
  /** Arrived after the slot ended. */
  late: z.boolean(),
  /** Items the doctor should leave out, from the worker's own answer. */
  skippedItems: z.array(HealthItemSchema),
});
export type CheckInView = z.infer<typeof CheckInViewSchema>;

export const PlanStatsSchema = z.object({
  plan: StaffPlanViewSchema,
  now: TimestampSchema,
  totals: HealthTalliesSchema.extend({ capacity: z.number().int() }),
  sites: z.array(HealthTalliesSchema.extend({ siteId: z.string(), capacity: z.number().int() })),
  slots: z.array(StaffSlotViewSchema),
  occupations: z.array(HealthTalliesSchema.extend({ occupation: OccupationSchema })),
});
export type PlanStats = z.infer<typeof PlanStatsSchema>;

export const healthContracts = {
  plans: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ now: TimestampSchema, items: z.array(WorkerPlanViewSchema) }),
    errors: [],
  }),
  slots: defineContract({
    kind: 'query',
    input: z.object({ planId: DocIdSchema, siteId: DocIdSchema }).strict(),
    output: z.object({ now: TimestampSchema, site: PlanSiteViewSchema, slots: z.array(SlotViewSchema) }),
    errors: ['HEALTH.PLAN_NOT_FOUND', 'HEALTH.SITE_NOT_FOUND'],
  }),
  book: defineContract({
    kind: 'command',
    input: BookInputSchema,
    output: BookingViewSchema,
    errors: [
      'HEALTH.PLAN_NOT_FOUND',
      'HEALTH.SLOT_NOT_FOUND',
      'HEALTH.NOT_ELIGIBLE',
      'HEALTH.NOT_OPEN_YET',
      'HEALTH.BOOKING_CLOSED',
      'HEALTH.SLOT_FULL',
      'HEALTH.SLOT_CLOSED',
      'HEALTH.ALREADY_BOOKED',
      'HEALTH.CONSENT_OUTDATED',
      'HEALTH.ANSWER_REQUIRED',
      'MEMBER.CONSENT_OUTDATED',
    ],
  }),
  move: defineContract({
    kind: 'command',
    input: MoveInputSchema,
    output: BookingViewSchema,
    errors: [
      'HEALTH.PLAN_NOT_FOUND',
      'HEALTH.SLOT_NOT_FOUND',
      'HEALTH.NO_BOOKING',
      'HEALTH.BOOKING_FINISHED',
      'HEALTH.CHANGE_TOO_LATE',
      'HEALTH.SLOT_FULL',
      'HEALTH.SLOT_CLOSED',
    ],
  }),
  cancel: defineContract({
    kind: 'command',
    input: z.object({ planId: DocIdSchema }).strict(),
    output: BookingViewSchema,
    errors: ['HEALTH.PLAN_NOT_FOUND', 'HEALTH.NO_BOOKING', 'HEALTH.BOOKING_FINISHED', 'HEALTH.CHANGE_TOO_LATE'],
  }),
  myBookings: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ now: TimestampSchema, items: z.array(BookingViewSchema) }),
    errors: [],
  }),
  createPlan: defineContract({
    kind: 'command',
    input: CreatePlanInputSchema,
    output: StaffPlanViewSchema,
    errors: ['UNION.NOT_FOUND'],
  }),
  generateSlots: defineContract({
    kind: 'command',
    input: GenerateSlotsInputSchema,
    output: z.object({ created: z.number().int(), existing: z.number().int(), slots: z.array(StaffSlotViewSchema) }),
    errors: ['HEALTH.PLAN_NOT_FOUND', 'HEALTH.SITE_NOT_FOUND', 'HEALTH.DAY_OUTSIDE_PLAN', 'HEALTH.SLOT_OVERLAP', 'HEALTH.TOO_MANY_SLOTS'],
  }),
  updateSlot: defineContract({
    kind: 'command',
    input: UpdateSlotInputSchema,
    output: StaffSlotViewSchema,
    errors: ['HEALTH.SLOT_NOT_FOUND', 'HEALTH.CAPACITY_BELOW_BOOKED'],
  }),
  managedPlans: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ now: TimestampSchema, today: z.string(), items: z.array(StaffPlanViewSchema) }),
    errors: [],
  }),
  checkIn: defineContract({
    kind: 'command',
    input: CheckInInputSchema,
    output: CheckInViewSchema,
    errors: [
      'HEALTH.PLAN_NOT_FOUND',
      'HEALTH.SITE_NOT_FOUND',
      'HEALTH.CODE_NOT_FOUND',
      'HEALTH.WRONG_SITE',
      'HEALTH.WRONG_DAY',
      'HEALTH.ALREADY_CHECKED_IN',
      'HEALTH.BOOKING_CANCELLED',
    ],
  }),
  markNoShow: defineContract({
    kind: 'command',
    input: z.object({ slotId: DocIdSchema }).strict(),
    output: z.object({ slotId: z.string(), marked: z.number().int(), slot: StaffSlotViewSchema }),
    errors: ['HEALTH.SLOT_NOT_FOUND', 'HEALTH.SLOT_NOT_ENDED'],
  }),
  planStats: defineContract({
    kind: 'query',
    input: z.object({ planId: DocIdSchema }).strict(),
    output: PlanStatsSchema,
    errors: ['HEALTH.PLAN_NOT_FOUND'],
  }),
};
