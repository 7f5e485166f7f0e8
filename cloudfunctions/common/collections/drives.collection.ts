import { z } from 'zod';
import { DriveKindSchema } from '@core/enums/drive-kind';
import { OccupationSchema } from '@core/enums/occupation';
import { defineCollection } from '../ports/store.port';

/**
 * An enrollment drive (双覆盖 双推进 活动). Joins made at a drive carry its id (`members.driveId`);
 * its figures live in a counter (`driveBoard:${id}`), not here, so the drive document is written only
 * when staff change it. Fields added after the first version default, so older documents still read.
 */
export const DriveDocSchema = z.object({
  _id: z.string(),
  title: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  place: z.string(),
  startsAt: z.number(),
  endsAt: z.number(),
  createdBy: z.string(),
  createdAt: z.number(),
  kinds: z.array(DriveKindSchema).default(['founding']),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable().default(null),
  audience: z.object({ occupations: z.array(OccupationSchema), platforms: z.array(z.string()) }).default({ occupations: [], platforms: [] }),
  /** The 送温暖 campaign whose packs joiners at this drive may claim. */
  welfareCampaignId: z.string().nullable().default(null),
  notes: z.string().nullable().default(null),
  /** The QR code image (Files port): a mini-program code in production, a QR of the H5 link locally. */
  qrFileId: z.string().nullable().default(null),
  /** Unions founded (建会) at this drive; each is also a union in the tree. */
  foundedUnions: z.array(z.object({ id: z.string(), name: z.string(), foundedAt: z.number() })).default([]),
});
export type DriveDoc = z.infer<typeof DriveDocSchema>;

export const Drives = defineCollection({
  name: 'drives',
  schema: DriveDocSchema,
  indexes: [{ fields: ['unionPath', 'startsAt'] }],
});

/** Short and URL-safe: it is the mini-program code's `scene`, which holds at most 32 characters. */
export const driveIdPattern = /^[A-Za-z0-9_-]{1,32}$/;
