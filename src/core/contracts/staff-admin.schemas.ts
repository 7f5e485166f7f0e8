import { z } from 'zod';
import { OccupationSchema } from '../enums/occupation';
import { StaffRoleSchema, staffRoleLabels, type StaffRole } from '../enums/staff-role';
import { CursorSchema, DocIdSchema, OptionalShortTextSchema, PageLimitSchema, TimestampSchema } from './fields';

/** A union's founding day: district unions go back to the 1950s, before the epoch, so no floor at 0. */
const FoundingDateSchema = z.number({ invalid_type_error: '请选择成立日期' }).int().min(Date.UTC(1900, 0, 1), '成立日期不对');

/** Schemas of the admin's 工作人员 and 工会管理 actions (directory.staff, grantStaff, upsertUnion). */

export const UnionLevelSchema = z.enum(['district', 'street', 'industry', 'grassroots']);
export type UnionLevel = z.infer<typeof UnionLevelSchema>;
export const unionLevelLabels: Record<UnionLevel, string> = { district: '区总工会', street: '街道工会', industry: '行业工会', grassroots: '基层工会' };

/** A union of the admin's subtrees, in tree order, for the pickers and 工会管理. */
export const AdminUnionSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  level: UnionLevelSchema,
  /** 0 for the top of each of the caller's subtrees. */
  depth: z.number().int().nonnegative(),
  foundedAt: FoundingDateSchema,
});
export type AdminUnion = z.infer<typeof AdminUnionSchema>;

/** A staff grant as the admin sees it: the person by member name and masked phone, or null (未入会). */
export const StaffGrantRowSchema = z.object({
  /** Sealed by the server: names the grant without showing whose openid it is. */
  id: z.string(),
  member: z.object({ name: z.string(), memberNo: z.string(), phoneMasked: z.string() }).nullable(),
  union: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(StaffRoleSchema).min(1),
  grantedAt: TimestampSchema,
  /** The caller's own grant: their admin role there cannot be taken away by themselves. */
  isMe: z.boolean(),
});
export type StaffGrantRow = z.infer<typeof StaffGrantRowSchema>;

export const StaffListInputSchema = z
  .object({ unionId: DocIdSchema.optional(), cursor: CursorSchema, limit: PageLimitSchema })
  .strict();

export const MemberNoSchema = z.string().trim().toUpperCase().regex(/^NX\d{10}$/, '会员号是NX加10位数字，如NX2026000042');

const roleOrder = Object.keys(staffRoleLabels) as StaffRole[];

/**
 * 添加工作人员 / 改角色 / 取消: the person by member number (from the card) or, for a grant already
 * listed, by its row id; `roles: []` takes every role away at that union.
 */
export const GrantStaffInputSchema = z
  .object({
    memberNo: MemberNoSchema.optional(),
    grantId: z.string().trim().min(1, '缺少编号').max(200, '编号太长').optional(),
    unionId: DocIdSchema,
    roles: z
      .array(StaffRoleSchema)
      .max(3, '角色最多3个')
      .transform((roles) => roleOrder.filter((role) => roles.includes(role))),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.memberNo && !input.grantId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['memberNo'], message: '请填写或扫描会员号' });
  });
export type GrantStaffInput = z.input<typeof GrantStaffInputSchema>;

export const GrantStaffOutputSchema = z.object({
  /** Null when every role was taken away. */
  grant: StaffGrantRowSchema.nullable(),
  union: z.object({ id: z.string(), name: z.string() }),
});

const UnionNameSchema = z.string().trim().min(4, '工会名称至少4个字').max(40, '工会名称最多40个字');

/**
 * 工会管理: a new union under `parentId` (no `id`), or a new name for union `id`. A union never moves
 * to another parent here: its members, counters and grants all hang on its path.
 */
export const UpsertUnionInputSchema = z
  .object({
    id: DocIdSchema.optional(),
    name: UnionNameSchema,
    parentId: DocIdSchema.optional(),
    level: z.enum(['street', 'industry', 'grassroots']).optional(),
    mainOccupation: OccupationSchema.nullable().default(null),
    area: z.string().trim().min(2, '请填写所在区域').max(40, '所在区域最多40个字').optional(),
    address: OptionalShortTextSchema(60, '地址'),
    foundedAt: FoundingDateSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.id) return;
    if (!input.parentId) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['parentId'], message: '请选择上级工会' });
    if (!input.level) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['level'], message: '请选择工会类型' });
    if (!input.area) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['area'], message: '请填写所在区域' });
  });
export type UpsertUnionInput = z.input<typeof UpsertUnionInputSchema>;
