import { z } from 'zod';
import { idNumberProblem, idNumberProblemMessages, normalizeIdNumber } from '../rules/id-number';
import { isMobilePhone, normalizePhone } from '../rules/phone';

/** Field schemas shared by several contracts, each written once. */

export const DocIdSchema = z.string().trim().min(1, '缺少编号').max(64, '编号太长');

export const PersonNameSchema = z
  .string()
  .trim()
  .min(2, '请填写真实姓名（至少2个字）')
  .max(20, '姓名最多20个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·• ]+$/, '姓名只能包含汉字、字母和间隔号');

export const IdNumberSchema = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((id, ctx) => {
    const problem = idNumberProblem(id);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: idNumberProblemMessages[problem] });
  });

export const MobilePhoneSchema = z
  .string()
  .transform(normalizePhone)
  .refine(isMobilePhone, '请填写11位手机号');

export const OptionalShortTextSchema = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多${max}个字`)
    .optional()
    .transform((value) => (value ? value : undefined));

export const CursorSchema = z.string().max(512, '分页参数不正确').optional();
export const PageLimitSchema = z.number().int().min(1).max(100).default(20);

/** Epoch milliseconds. */
export const TimestampSchema = z.number().int().nonnegative();

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
