import { z } from 'zod';
import { defineContract } from '../contract';
import { UnionRefSchema } from './directory.contract';
import { DocIdSchema, TimestampSchema } from './fields';

export const DriveEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  union: UnionRefSchema,
  place: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
});
export type DriveEntry = z.infer<typeof DriveEntrySchema>;

export const driveContracts = {
  /** What a worker who scanned a drive's QR code sees first: which drive, which union to join. */
  entry: defineContract({
    kind: 'query',
    input: z.object({ driveId: DocIdSchema }).strict(),
    output: DriveEntrySchema,
    errors: ['DRIVE.NOT_FOUND'],
  }),
};
