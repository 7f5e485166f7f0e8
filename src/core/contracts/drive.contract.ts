import { z } from 'zod';
import { defineContract } from '../contract';
import { DriveKindSchema } from '../enums/drive-kind';
import { MemberStatusSchema } from '../enums/member-status';
import { OccupationSchema } from '../enums/occupation';
import { ApplicationViewSchema } from './member.contract';
import { UnionRefSchema } from './directory.contract';
import { CursorSchema, DocIdSchema, OptionalShortTextSchema, PageLimitSchema, TimestampSchema, pageOf } from './fields';

export const DriveEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  union: UnionRefSchema,
  place: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
});

/** The 礼包 campaign a drive gives its joiners, by name. */
export const GiftCampaignSchema = z.object({ id: z.string(), title: z.string() });
export type GiftCampaign = z.infer<typeof GiftCampaignSchema>;

/** The QR landing page's view: the drive, and its 入会送礼包 while that campaign still hands packs out (else null). */
export const DriveEntryViewSchema = DriveEntrySchema.extend({ giftCampaign: GiftCampaignSchema.nullable() });
export type DriveEntry = z.infer<typeof DriveEntryViewSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/** A map point (gcj02, what WeChat's location picker gives), so workers can find the place. */
export const GeoPointSchema = z
  .object({
    latitude: z.number().min(-90, '位置不正确').max(90, '位置不正确'),
    longitude: z.number().min(-180, '位置不正确').max(180, '位置不正确'),
  })
  .strict();

export const DriveAudienceSchema = z
  .object({
    occupations: z.array(OccupationSchema).max(7, '职业最多选7个').default([]),
    platforms: z.array(z.string().trim().min(1, '平台名称不能为空').max(20, '平台名称最多20个字')).max(10, '平台最多填10个').default([]),
  })
  .strict();

export const CreateDriveInputSchema = z
  .object({
    title: z.string().trim().min(4, '活动名称至少4个字').max(40, '活动名称最多40个字'),
    kinds: z.array(DriveKindSchema).min(1, '请至少选择一项活动内容').max(4, '活动内容最多4项'),
    unionId: DocIdSchema.describe('举办活动的工会'),
    place: z.string().trim().min(2, '请填写活动地点').max(60, '活动地点最多60个字'),
    location: GeoPointSchema.optional(),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    audience: DriveAudienceSchema.default({}),
    welfareCampaignId: DocIdSchema.optional(),
    notes: OptionalShortTextSchema(200, '备注'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.endsAt <= input.startsAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endsAt'], message: '结束时间要晚于开始时间' });
    } else if (input.endsAt - input.startsAt > 3 * dayMs) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endsAt'], message: '一场活动最长3天，更长的请分开建' });
    }
  });
export type CreateDriveInput = z.input<typeof CreateDriveInputSchema>;

/** A drive's figures, kept as counters in the same writes as the sign-ins and approvals. */
export const DriveFiguresSchema = z.object({
  /** People reached: workers who signed in at the drive. */
  signedIn: z.number().int(),
  /** Joins made at the drive and approved (current members). */
  approved: z.number().int(),
  /** Joins made at the drive still waiting for a reviewer. */
  pending: z.number().int(),
  foundedUnions: z.number().int(),
});
export type DriveFigures = z.infer<typeof DriveFiguresSchema>;

export const DriveListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  kinds: z.array(DriveKindSchema),
  union: UnionRefSchema,
  place: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  figures: DriveFiguresSchema.omit({ pending: true }),
});
export type DriveListItem = z.infer<typeof DriveListItemSchema>;

export const FoundedUnionSchema = z.object({ id: z.string(), name: z.string(), foundedAt: TimestampSchema });

export const DriveDetailSchema = DriveListItemSchema.extend({
  location: GeoPointSchema.nullable(),
  audience: z.object({ occupations: z.array(OccupationSchema), platforms: z.array(z.string()) }),
  welfareCampaignId: z.string().nullable(),
  /** The linked campaign by name, whatever its state (null when none is linked). */
  giftCampaign: GiftCampaignSchema.nullable(),
  notes: z.string().nullable(),
  figures: DriveFiguresSchema,
  foundedUnions: z.array(FoundedUnionSchema),
  /** Where the caller may hang a union founded here: the drive union's non-grassroots ancestors they serve, nearest first. */
  foundingParents: z.array(UnionRefSchema),
  /** The H5 link the QR code opens (`/#/packages/drive/index?drive=…`); the mini-program code opens the same page. */
  entryPath: z.string(),
  /** A temporary URL of the QR code image, or null while it could not be made (shown as the link instead). */
  qrCodeUrl: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type DriveDetail = z.infer<typeof DriveDetailSchema>;

const OccupationCountSchema = z.object({ occupation: OccupationSchema, signedIn: z.number().int(), approved: z.number().int() });

/** The big-screen board: the drive as its QR landing page shows it, then counts only, no names — it faces a crowd. */
export const DriveBoardSchema = DriveEntrySchema.extend({
  figures: DriveFiguresSchema,
  byOccupation: z.array(OccupationCountSchema),
  /** When these figures were read, so a frozen screen can be told from a quiet drive. */
  at: TimestampSchema,
});
export type DriveBoard = z.infer<typeof DriveBoardSchema>;

export const SignInResultSchema = z.object({
  driveId: z.string(),
  signedInAt: TimestampSchema,
  /** False when this worker had signed in to this drive before: nothing was counted twice. */
  firstTime: z.boolean(),
  /** Where the worker stands, so the page offers 入会 only to those who can still join. */
  membership: z.union([z.literal('none'), MemberStatusSchema]),
});
export type SignInResult = z.infer<typeof SignInResultSchema>;

export const FoundUnionInputSchema = z
  .object({
    driveId: DocIdSchema,
    name: z.string().trim().min(4, '工会名称至少4个字').max(40, '工会名称最多40个字'),
    parentId: DocIdSchema.describe('上级工会'),
    mainOccupation: OccupationSchema.nullable().default(null),
    area: z.string().trim().min(2, '请填写所在区域').max(40, '所在区域最多40个字'),
    address: OptionalShortTextSchema(60, '地址'),
  })
  .strict();
export type FoundUnionInput = z.input<typeof FoundUnionInputSchema>;

const driveIdInput = z.object({ driveId: DocIdSchema }).strict();

export const driveContracts = {
  /** What a worker who scanned a drive's QR code sees first: which drive, which union to join. */
  entry: defineContract({
    kind: 'query',
    input: driveIdInput,
    output: DriveEntryViewSchema,
    errors: ['DRIVE.NOT_FOUND'],
  }),
  /** 签到: once per worker per drive, during the drive; a second sign-in answers the first. */
  signIn: defineContract({
    kind: 'command',
    input: z.object({ driveId: DocIdSchema, occupation: OccupationSchema }).strict(),
    output: SignInResultSchema,
    errors: ['DRIVE.NOT_FOUND', 'DRIVE.NOT_STARTED', 'DRIVE.ENDED', 'MEMBER.CONSENT_OUTDATED'],
  }),
  create: defineContract({
    kind: 'command',
    input: CreateDriveInputSchema,
    output: DriveDetailSchema,
    errors: ['UNION.NOT_FOUND', 'WELFARE.CAMPAIGN_NOT_FOUND'],
  }),
  /** The drives of the caller's unions' subtrees, latest first. */
  list: defineContract({
    kind: 'query',
    input: z.object({ cursor: CursorSchema, limit: PageLimitSchema }).strict(),
    output: pageOf(DriveListItemSchema),
    errors: [],
  }),
  detail: defineContract({
    kind: 'query',
    input: driveIdInput,
    output: DriveDetailSchema,
    errors: ['DRIVE.NOT_FOUND'],
  }),
  board: defineContract({
    kind: 'query',
    input: driveIdInput,
    output: DriveBoardSchema,
    errors: ['DRIVE.NOT_FOUND'],
  }),
  /** 现场审核: the joins made at this drive still waiting, oldest first (approve through member.review). */
  queue: defineContract({
    kind: 'query',
    input: driveIdInput,
    output: z.object({ items: z.array(ApplicationViewSchema) }),
    errors: ['DRIVE.NOT_FOUND'],
  }),
  /** 建会: a union founded at the drive joins the tree, with today as its founding date. */
  foundUnion: defineContract({
    kind: 'command',
    input: FoundUnionInputSchema,
    output: z.object({ union: FoundedUnionSchema, driveId: z.string() }),
    errors: ['DRIVE.NOT_FOUND', 'UNION.NOT_FOUND', 'DRIVE.PARENT_NOT_ALLOWED', 'DRIVE.UNION_EXISTS'],
  }),
};
