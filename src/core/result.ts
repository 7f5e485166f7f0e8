import { z } from 'zod';
import { errors, type ErrorCode } from './errors';

/** The wire envelope of every function call (DESIGN.md, "Wire protocol"). */
const errorCodes = Object.keys(errors) as [ErrorCode, ...ErrorCode[]];

export const AppErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Bad inputs by field path (`idNumber`, `consent.sensitive`) → what is wrong, in Chinese. */
  fields: z.record(z.string()).optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const envelopeSchema = <T extends z.ZodTypeAny>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: AppErrorSchema }),
  ]);

export const EventSchema = z.object({
  action: z.string().min(1).max(64),
  data: z.unknown().optional(),
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')
    .optional(),
});
export type CallEvent = z.infer<typeof EventSchema>;
