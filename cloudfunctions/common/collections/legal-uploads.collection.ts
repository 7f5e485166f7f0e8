import { z } from 'zod';
import { evidenceContentTypes } from '@core/rules/evidence';
import { defineCollection } from '../ports/store.port';

/**
 * An evidence file a worker uploaded, `_id` a random uuid: first on its own (the draft keeps its id,
 * so a lost connection loses no photo), then attached to a case by `submit` or `addEvidence`, which set
 * `caseId` in the same transaction as the case. Unattached uploads are the worker's alone and expire.
 */
export const LegalUploadDocSchema = z.object({
  _id: z.string(),
  owner: z.string(),
  fileId: z.string(),
  name: z.string(),
  contentType: z.enum(evidenceContentTypes),
  size: z.number(),
  createdAt: z.number(),
  caseId: z.string().nullable(),
});
export type LegalUploadDoc = z.infer<typeof LegalUploadDocSchema>;

export const LegalUploads = defineCollection({
  name: 'legalUploads',
  schema: LegalUploadDocSchema,
  indexes: [{ fields: ['owner', 'caseId', 'createdAt'] }],
});
