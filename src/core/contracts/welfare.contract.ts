import { z } from 'zod';
import { defineContract } from '../contract';
import { OccupationSchema } from '../enums/occupation';
import {
  AvailabilitySchema,
  CampaignKindSchema,
  CampaignStatusSchema,
  PerPersonSchema,
  StockModeSchema,
  VoucherStatusSchema,
} from '../enums/welfare';
import { UnionRefSchema } from './directory.contract';
import { CursorSchema, DocIdSchema, PageLimitSchema, TimestampSchema, pageOf } from './fields';
import { ImageUploadSchema } from './image-upload';
import { LocationSchema, StationIdSchema } from './station.schemas';

export const maxStock = 100_000;
const hourMs = 60 * 60 * 1000;

const StockSchema = z
  .number({ invalid_type_error: '数量必须是数字' })
  .int('数量必须是整数')
  .min(1, '数量至少是1')
  .max(maxStock, `数量最多${maxStock}`);

const WhenSchema = z.number({ invalid_type_error: '请选择时间' }).int('请选择时间').min(Date.UTC(2020, 0, 1), '请选择时间');

const TitleSchema = z.string().trim().min(2, '请填写活动名称（至少2个字）').max(30, '活动名称最多30个字');
const DescriptionSchema = z.string().trim().max(300, '说明最多300个字');
const ValidHoursSchema = z
  .number({ invalid_type_error: '有效时间必须是数字' })
  .int('有效时间按整小时填写')
  .min(1, '礼包券至少有效1小时')
  .max(720, '礼包券最多有效720小时（30天）');

/** A claim's `_id` carries the campaign id, the openid and maybe a day: longer than other ids. */
export const VoucherIdSchema = z.string().trim().min(1, '缺少礼包券编号').max(160, '礼包券编号不正确');
/** What staff type or scan: the 8-character code, in any case, with or without a space or dash. */
export const VoucherCodeInputSchema = z.string().trim().min(4, '请输入券码').max(64, '券码不正确');

const OccupationListSchema = z
  .array(OccupationSchema)
  .max(7)
  .refine((list) => new Set(list).size === list.length, '职业不要重复选择');

/** Fields a campaign is created with; windows and eligibility are checked across fields below. */
const CampaignFieldsSchema = z.object({
  unionId: DocIdSchema.describe('发放礼包的工会'),
  kind: CampaignKindSchema,
  title: TitleSchema,
  description: DescriptionSchema,
  picture: ImageUploadSchema.optional(),
  /** false: workers of `occupations` who have not joined yet may claim too (members always may). */
  membersOnly: z.boolean({ invalid_type_error: '请选择领取对象' }),
  occupations: OccupationListSchema,
  perPerson: PerPersonSchema,
  claimStartsAt: WhenSchema,
  claimEndsAt: WhenSchema,
  pickupStartsAt: WhenSchema,
  pickupEndsAt: WhenSchema,
  voucherValidHours: ValidHoursSchema,
  stockMode: StockModeSchema,
  /** The pool, when every station draws from one. */
  totalStock: StockSchema.optional(),
  stations: z
    .array(z.object({ stationId: StationIdSchema, stock: StockSchema.optional() }).strict())
    .min(1, '请至少选择一个领取驿站')
    .max(30, '最多选择30个驿站')
    .refine((list) => new Set(list.map((s) => s.stationId)).size === list.length, '驿站不要重复选择'),
});

type Issue = { path: string; message: string };

/** Cross-field rules of a campaign's timing and eligibility, shared by create and edit. */
export const campaignTimingIssues = (c: {
  membersOnly?: boolean;
  occupations?: readonly string[];
  claimStartsAt?: number;
  claimEndsAt?: number;
  pickupStartsAt?: number;
  pickupEndsAt?: number;
}): Issue[] => {
  const issues: Issue[] = [];
  if (c.claimStartsAt !== undefined && c.claimEndsAt !== undefined && c.claimEndsAt <= c.claimStartsAt) {
    issues.push({ path: 'claimEndsAt', message: '领取截止时间要晚于开始时间' });
  }
  if (c.pickupStartsAt !== undefined && c.pickupEndsAt !== undefined && c.pickupEndsAt <= c.pickupStartsAt) {
    issues.push({ path: 'pickupEndsAt', message: '到驿站领取的截止时间要晚于开始时间' });
  }
  if (c.claimStartsAt !== undefined && c.pickupEndsAt !== undefined && c.pickupEndsAt <= c.claimStartsAt + hourMs) {
    issues.push({ path: 'pickupEndsAt', message: '到驿站领取要在开始领券之后，至少留出1小时' });
  }
  if (c.membersOnly === false && c.occupations !== undefined && c.occupations.length === 0) {
    issues.push({ path: 'occupations', message: '也发给未入会的劳动者时，请选择职业' });
  }
  return issues;
};

const addIssues = (issues: Issue[], ctx: z.RefinementCtx) =>
  issues.forEach((issue) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [issue.path], message: issue.message }));

export const CampaignInputSchema = CampaignFieldsSchema.strict().superRefine((input, ctx) => {
  addIssues(campaignTimingIssues(input), ctx);
  if (input.stockMode === 'pooled' && input.totalStock === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['totalStock'], message: '请填写礼包总数' });
  }
  if (input.stockMode === 'perStation') {
    input.stations.forEach((station, i) => {
      if (station.stock === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['stations', i, 'stock'], message: '请填写这个驿站的礼包数量' });
      }
    });
  }
});
export type CampaignInput = z.input<typeof CampaignInputSchema>;

export const CampaignEditSchema = CampaignFieldsSchema.pick({
  title: true,
  description: true,
  membersOnly: true,
  occupations: true,
  claimStartsAt: true,
  claimEndsAt: true,
  pickupStartsAt: true,
  pickupEndsAt: true,
  voucherValidHours: true,
})
  .partial()
  // A new picture replaces the old one; null takes the picture away.
  .extend({ campaignId: DocIdSchema, picture: ImageUploadSchema.nullable().optional() })
  .strict()
  .superRefine((input, ctx) => {
    const { campaignId: _campaignId, ...changes } = input;
    if (Object.keys(changes).length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [], message: '没有要修改的内容' });
    addIssues(campaignTimingIssues(input), ctx);
  });
export type CampaignEdit = z.input<typeof CampaignEditSchema>;

const CampaignWindowsSchema = z.object({
  claimStartsAt: TimestampSchema,
  claimEndsAt: TimestampSchema,
  pickupStartsAt: TimestampSchema,
  pickupEndsAt: TimestampSchema,
});

/** A station of a campaign as the worker picks it: where, when open, and its own stock if it has one. */
export const CampaignStationSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  location: LocationSchema,
  hours: z.string(),
  /** Per-station stock only; null when the stations share one pool. */
  remaining: z.number().int().nullable(),
});

/** What a campaign gives and to whom, as workers and its admins both see it. */
const campaignSettingsShape = {
  id: z.string(),
  kind: CampaignKindSchema,
  title: z.string(),
  description: z.string(),
  pictureUrl: z.string().nullable(),
  union: UnionRefSchema,
  membersOnly: z.boolean(),
  occupations: z.array(OccupationSchema),
  perPerson: PerPersonSchema,
  voucherValidHours: z.number().int(),
  stockMode: StockModeSchema,
};

/** A campaign as a worker sees it: what, where, until when, and whether they can claim it now. */
export const CampaignViewSchema = CampaignWindowsSchema.extend({
  ...campaignSettingsShape,
  total: z.number().int(),
  remaining: z.number().int(),
  stations: z.array(CampaignStationSchema),
  availability: AvailabilitySchema,
  /** The worker's current voucher of this campaign (today's, for per-day campaigns). */
  voucherId: z.string().nullable(),
  /** Their place in the queue when sold out and they asked to be told (1 = next). */
  waitlistPosition: z.number().int().positive().nullable(),
  /** The worker has no membership or application on record: ask their occupation at the tap. */
  askOccupation: z.boolean(),
});
export type CampaignView = z.infer<typeof CampaignViewSchema>;

/** Which campaign a voucher is of. */
const VoucherCampaignSchema = z.object({ id: z.string(), kind: CampaignKindSchema, title: z.string() });

/** A voucher's life: claimed, valid until, when it may be picked up, and where and when it was. */
const voucherTimesShape = {
  claimedAt: TimestampSchema,
  expiresAt: TimestampSchema,
  pickupStartsAt: TimestampSchema,
  pickupEndsAt: TimestampSchema,
  redeemedAt: TimestampSchema.nullable(),
  redeemedStationName: z.string().nullable(),
};

/** A 礼包券: what the worker shows at the station (code and QR), where and until when. */
export const VoucherViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  qrPayload: z.string(),
  status: VoucherStatusSchema,
  campaign: VoucherCampaignSchema,
  station: z.object({ id: z.string(), name: z.string(), address: z.string(), location: LocationSchema, hours: z.string() }),
  /** In a shared pool the pack can be picked up at any of the campaign's stations. */
  anyStation: z.boolean(),
  ...voucherTimesShape,
  cancellable: z.boolean(),
});
export type VoucherView = z.infer<typeof VoucherViewSchema>;

/** What became of the vouchers of one station or one occupation. */
const TallySchema = z.object({ claimed: z.number().int(), redeemed: z.number().int(), expired: z.number().int(), cancelled: z.number().int() });

/** A campaign as its admins and station staff see it: settings and every count. */
export const CampaignAdminViewSchema = CampaignWindowsSchema.extend({
  ...campaignSettingsShape,
  status: CampaignStatusSchema,
  total: z.number().int(),
  remaining: z.number().int(),
  claimed: z.number().int(),
  redeemed: z.number().int(),
  expired: z.number().int(),
  cancelled: z.number().int(),
  /** Vouchers claimed and not yet picked up, expired or given back. */
  outstanding: z.number().int(),
  waiting: z.number().int(),
  stations: z.array(
    TallySchema.extend({
      id: z.string(),
      name: z.string(),
      address: z.string(),
      total: z.number().int().nullable(),
      remaining: z.number().int().nullable(),
    }),
  ),
  byOccupation: z.array(TallySchema.extend({ occupation: OccupationSchema })),
  createdAt: TimestampSchema,
});
export type CampaignAdminView = z.infer<typeof CampaignAdminViewSchema>;

/** Why a looked-up voucher cannot be picked up now, for the 核销 screen to say before anyone confirms. */
export const RedeemProblemSchema = z.enum([
  'WELFARE.ALREADY_REDEEMED',
  'WELFARE.VOUCHER_EXPIRED',
  'WELFARE.VOUCHER_CANCELLED',
  'WELFARE.PICKUP_NOT_STARTED',
  'WELFARE.PICKUP_ENDED',
]);

export const VoucherLookupSchema = z.object({
  code: z.string(),
  status: VoucherStatusSchema,
  campaign: VoucherCampaignSchema,
  /** Masked: staff check the person on site without seeing their data in full. */
  holder: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    isMember: z.boolean(),
    occupation: OccupationSchema,
  }),
  claimedStation: z.object({ id: z.string(), name: z.string() }),
  /** The campaign's stations this staff member may hand the pack out at. */
  stations: z.array(z.object({ id: z.string(), name: z.string() })),
  ...voucherTimesShape,
  problem: RedeemProblemSchema.nullable(),
});
export type VoucherLookup = z.infer<typeof VoucherLookupSchema>;

const CampaignRefInputSchema = z.object({ campaignId: DocIdSchema }).strict();

const claimErrors = [
  'WELFARE.CAMPAIGN_NOT_FOUND',
  'WELFARE.STATION_NOT_IN_CAMPAIGN',
  'WELFARE.MEMBERS_ONLY',
  'WELFARE.NOT_ELIGIBLE',
  'WELFARE.OCCUPATION_NEEDED',
  'WELFARE.NOT_STARTED',
  'WELFARE.ENDED',
  'WELFARE.PAUSED',
  'WELFARE.CLOSED',
] as const;

export const ClaimInputSchema = z
  .object({
    campaignId: DocIdSchema,
    stationId: StationIdSchema,
    /** Only asked of workers who have not joined: members' occupation is on record. */
    occupation: OccupationSchema.optional(),
  })
  .strict();
export type ClaimInput = z.input<typeof ClaimInputSchema>;

export const welfareContracts = {
  /** Campaigns open to this worker now, and the ones they cannot claim with the reason. */
  campaigns: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(CampaignViewSchema) }),
    errors: [],
  }),
  /** Takes one pack for the worker at a station: a voucher, or a clear refusal. */
  claim: defineContract({
    kind: 'command',
    input: ClaimInputSchema,
    output: VoucherViewSchema,
    errors: [...claimErrors, 'WELFARE.SOLD_OUT', 'WELFARE.ALREADY_CLAIMED', 'MEMBER.CONSENT_OUTDATED'],
  }),
  /** Sold out: queue for the next pack given back or expired; the first in line gets it and is told. */
  joinWaitlist: defineContract({
    kind: 'command',
    input: ClaimInputSchema,
    output: z.object({ position: z.number().int().positive() }),
    errors: [...claimErrors, 'WELFARE.NOT_SOLD_OUT', 'WELFARE.ALREADY_CLAIMED', 'WELFARE.ALREADY_WAITLISTED', 'MEMBER.CONSENT_OUTDATED'],
  }),
  myClaims: defineContract({
    kind: 'query',
    input: z.object({ cursor: CursorSchema }).strict(),
    output: pageOf(VoucherViewSchema),
    errors: [],
  }),
  /** Gives an unredeemed voucher back: the pack returns to the stock (or to the first in line). */
  cancelClaim: defineContract({
    kind: 'command',
    input: z.object({ voucherId: VoucherIdSchema }).strict(),
    output: VoucherViewSchema,
    errors: ['WELFARE.VOUCHER_NOT_FOUND', 'WELFARE.NOT_CANCELLABLE'],
  }),
  createCampaign: defineContract({
    kind: 'command',
    input: CampaignInputSchema,
    output: CampaignAdminViewSchema,
    errors: ['UNION.NOT_FOUND', 'WELFARE.STATIONS_INVALID', 'WELFARE.PICTURE_INVALID'],
  }),
  /** Edits what can change mid-campaign: texts, picture, eligibility, windows, validity. */
  updateCampaign: defineContract({
    kind: 'command',
    input: CampaignEditSchema,
    output: CampaignAdminViewSchema,
    errors: ['WELFARE.CAMPAIGN_NOT_FOUND', 'WELFARE.CLOSED', 'WELFARE.PICTURE_INVALID', 'INPUT.INVALID'],
  }),
  /** Adds packs to the pool, or to one station's stock. */
  topUpCampaign: defineContract({
    kind: 'command',
    input: z.object({ campaignId: DocIdSchema, amount: StockSchema, stationId: StationIdSchema.optional() }).strict(),
    output: CampaignAdminViewSchema,
    errors: ['WELFARE.CAMPAIGN_NOT_FOUND', 'WELFARE.CLOSED', 'WELFARE.STATION_NEEDED', 'WELFARE.STATION_NOT_IN_CAMPAIGN'],
  }),
  /** 暂停 / 恢复 / 结束. A closed campaign stays closed. */
  setCampaignStatus: defineContract({
    kind: 'command',
    input: z.object({ campaignId: DocIdSchema, status: CampaignStatusSchema }).strict(),
    output: CampaignAdminViewSchema,
    errors: ['WELFARE.CAMPAIGN_NOT_FOUND', 'WELFARE.CLOSED'],
  }),
  /** Campaigns of the caller's unions (and those handed out at their stations), newest first. */
  managedCampaigns: defineContract({
    kind: 'query',
    input: z.object({ cursor: CursorSchema, limit: PageLimitSchema }).strict(),
    output: pageOf(CampaignAdminViewSchema),
    errors: [],
  }),
  campaignStats: defineContract({
    kind: 'query',
    input: CampaignRefInputSchema,
    output: CampaignAdminViewSchema,
    errors: ['WELFARE.CAMPAIGN_NOT_FOUND'],
  }),
  /** 核销, step one: who holds this code and whether it can be picked up here and now. */
  lookupVoucher: defineContract({
    kind: 'query',
    input: z.object({ code: VoucherCodeInputSchema }).strict(),
    output: VoucherLookupSchema,
    errors: ['WELFARE.VOUCHER_NOT_FOUND'],
  }),
  /** 核销, step two: hands the pack out once, at one of the campaign's stations, in the pick-up window. */
  redeem: defineContract({
    kind: 'command',
    input: z.object({ code: VoucherCodeInputSchema, stationId: StationIdSchema }).strict(),
    output: VoucherLookupSchema,
    errors: [
      'WELFARE.VOUCHER_NOT_FOUND',
      'WELFARE.WRONG_STATION',
      'WELFARE.PICKUP_NOT_STARTED',
      'WELFARE.PICKUP_ENDED',
      'WELFARE.ALREADY_REDEEMED',
      'WELFARE.VOUCHER_EXPIRED',
      'WELFARE.VOUCHER_CANCELLED',
    ],
  }),
};
