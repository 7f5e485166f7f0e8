import { z } from 'zod';
import { OccupationSchema } from '@core/enums/occupation';
import { CampaignKindSchema, CampaignStatusSchema, PerPersonSchema, StockModeSchema } from '@core/enums/welfare';
import { defineCollection } from '../ports/store.port';

const count = z.number().int();

/** One station of a campaign: a copy of where it is, its own stock (per-station mode) and its tallies. */
export const CampaignStationSchema = z.object({
  name: z.string(),
  address: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }),
  hours: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  /** Per-station mode only; null when every station draws from the campaign's pool. */
  total: count.nullable(),
  remaining: count.nullable(),
  claimed: count,
  redeemed: count,
  /** Vouchers of this station that ended unused; absent on campaigns from before they were counted here. */
  expired: count.optional(),
  cancelled: count.optional(),
});
export type CampaignStationDoc = z.infer<typeof CampaignStationSchema>;

/**
 * A 礼包 campaign (送温暖, 送清凉). The stock and every tally live in this one document, so a claim's
 * stock decrement is one conditional update that also counts it (`remaining`, `claimed`, the
 * station's and the occupation's `claimed`) — nothing else to keep in step.
 *
 * - `remaining` is the pool; in per-station mode it is the sum of the stations' `remaining`, moved
 *   in the same writes.
 * - `stockChangedAt` is set by every write that moves stock, and `dirty` until the sweep has checked
 *   the stock against the vouchers (a crash between a decrement and its voucher leaves a pack that
 *   nobody holds; the sweep returns it once the campaign has been quiet long enough).
 */
export const CampaignDocSchema = z.object({
  _id: z.string(),
  kind: CampaignKindSchema,
  title: z.string(),
  description: z.string(),
  pictureFileId: z.string().nullable(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  membersOnly: z.boolean(),
  occupations: z.array(OccupationSchema),
  perPerson: PerPersonSchema,
  claimStartsAt: z.number(),
  claimEndsAt: z.number(),
  pickupStartsAt: z.number(),
  pickupEndsAt: z.number(),
  voucherValidHours: z.number(),
  stockMode: StockModeSchema,
  status: CampaignStatusSchema,
  total: count,
  remaining: count,
  claimed: count,
  redeemed: count,
  expired: count,
  cancelled: count,
  /** Workers queued for a pack while sold out. */
  waiting: count,
  /** Station ids in the order the admin listed them. */
  stationIds: z.array(z.string()),
  stations: z.record(CampaignStationSchema),
  byOccupation: z.record(OccupationSchema, z.object({ claimed: count, redeemed: count, expired: count.optional(), cancelled: count.optional() })),
  stockChangedAt: z.number(),
  dirty: z.boolean(),
  createdBy: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CampaignDoc = z.infer<typeof CampaignDocSchema>;

export const Campaigns = defineCollection({
  name: 'campaigns',
  schema: CampaignDocSchema,
  // Workers: running campaigns by end of claiming; admins: their subtree newest first; sweep: dirty ones.
  indexes: [{ fields: ['status', 'claimEndsAt'] }, { fields: ['unionPath', 'createdAt'] }, { fields: ['dirty', 'stockChangedAt'] }],
});
