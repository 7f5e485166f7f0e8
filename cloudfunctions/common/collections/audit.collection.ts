import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/** Every staff action, written in the same transaction as the change it records. No personal data. */
export const AuditDocSchema = z.object({
  _id: z.string(),
  at: z.number(),
  actorOpenid: z.string(),
  /** `member.review` */
  action: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  target: z.object({ collection: z.string(), id: z.string() }),
  /** What happened, in Chinese, for the audit page: `批准入会`, `驳回入会：材料不全`. */
  summary: z.string(),
  requestId: z.string(),
});
export type AuditDoc = z.infer<typeof AuditDocSchema>;

export const Audit = defineCollection({
  name: 'audit',
  schema: AuditDocSchema,
  indexes: [{ fields: ['unionPath', 'at'] }, { fields: ['target.id', 'at'] }, { fields: ['actorOpenid', 'at'] }],
});
