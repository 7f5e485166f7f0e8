import { z } from 'zod';
import { OccupationSchema } from '@core/enums/occupation';
import { VoucherStatusSchema } from '@core/enums/welfare';
import { defineCollection } from '../ports/store.port';

/**
 * A 礼包券 (a claimed pack). `_id` = `${campaignId}_${openid}` (or `…_${yyyy-mm-dd}` for per-day
 * campaigns), so a second claim by the same worker is an insert conflict on both engines; a worker who
 * gave a voucher back or let it expire claims again into the same document.
 *
 * Holds the worker's openid and, for staff at pick-up, the masked name and phone only.
 */
export const ClaimDocSchema = z.object({
  _id: z.string(),
  campaignId: z.string(),
  openid: z.string(),
  /** The short code on the voucher and in its QR code. */
  code: z.string(),
  status: VoucherStatusSchema,
  stationId: z.string(),
  occupation: OccupationSchema,
  isMember: z.boolean(),
  holderNameMasked: z.string().nullable(),
  holderPhoneMasked: z.string().nullable(),
  /** The campaign's union, for the welfare counters of the months the voucher changes in. */
  unionId: z.string(),
  unionPath: z.string(),
  claimedAt: z.number(),
  expiresAt: z.number(),
  redeemedAt: z.number().nullable(),
  redeemedBy: z.string().nullable(),
  redeemedStationId: z.string().nullable(),
  /** When it was given back (cancelled) or ran out (expired). */
  endedAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type ClaimDoc = z.infer<typeof ClaimDocSchema>;

export const Claims = defineCollection({
  name: 'claims',
  schema: ClaimDocSchema,
  indexes: [
    // 我的礼包券, newest first
    { fields: ['openid', 'claimedAt'] },
    // 核销: a typed or scanned code
    { fields: ['code'] },
    // the sweep: overdue vouchers
    { fields: ['status', 'expiresAt'] },
    // the sweep's stock check: vouchers holding a pack, and whether any changed lately
    { fields: ['campaignId', 'status', 'stationId'] },
    { fields: ['campaignId', 'updatedAt'] },
  ],
});
