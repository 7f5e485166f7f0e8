import { z } from 'zod';
import { TransferStatusSchema } from '@core/enums/transfer-status';
import { defineCollection } from '../ports/store.port';

const UnionPlaceSchema = z.object({ unionId: z.string(), unionPath: z.string(), unionName: z.string() });
export type UnionPlace = z.infer<typeof UnionPlaceSchema>;

/**
 * 会籍转移: a member's request to move (decided by staff of `to`), or staff moving a member (`byStaff`,
 * decided when made). The member record holds the person; this holds only their openid.
 */
export const TransferDocSchema = z.object({
  _id: z.string(),
  memberOpenid: z.string(),
  status: TransferStatusSchema,
  byStaff: z.boolean(),
  from: UnionPlaceSchema,
  to: UnionPlaceSchema,
  /** The member's words to the receiving union. */
  note: z.string().nullable(),
  /** Staff's: why refused, or why moved. */
  reason: z.string().nullable(),
  requestedAt: z.number(),
  decidedAt: z.number().nullable(),
  deciderOpenid: z.string().nullable(),
});
export type TransferDoc = z.infer<typeof TransferDocSchema>;

export const Transfers = defineCollection({
  name: 'transfers',
  schema: TransferDocSchema,
  indexes: [
    { fields: ['status', 'to.unionPath', 'requestedAt'] },
    { fields: ['status', 'to.unionPath', 'decidedAt'] },
    { fields: ['memberOpenid', 'requestedAt'] },
  ],
});
