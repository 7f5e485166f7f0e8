import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * One document per staff export (.xlsx) still in storage: the Files port cannot list files on
 * CloudBase, so this is how the sweep finds them. `_id` is the export's audit entry. No personal data
 * here; the file itself holds names and masked ID numbers, which is why it must not outlive its link.
 */
export const ExportFileDocSchema = z.object({
  _id: z.string(),
  fileId: z.string(),
  /** When the temporary link handed to the staff member has expired: from then on the file goes. */
  removeAfter: z.number(),
  createdAt: z.number(),
});
export type ExportFileDoc = z.infer<typeof ExportFileDocSchema>;

export const ExportFiles = defineCollection({ name: 'exportFiles', schema: ExportFileDocSchema, indexes: [{ fields: ['removeAfter'] }] });
