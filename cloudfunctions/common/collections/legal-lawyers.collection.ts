import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * A partner lawyer (合作律师) an admin recorded for a union; cases in that union's subtree may be
 * assigned to them. `_id` a random uuid; the phone is sealed and masked like a member's.
 */
export const LegalLawyerDocSchema = z.object({
  _id: z.string(),
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  name: z.string(),
  firm: z.string(),
  phoneCipher: z.string(),
  phoneMasked: z.string(),
  active: z.boolean(),
  recordedBy: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type LegalLawyerDoc = z.infer<typeof LegalLawyerDocSchema>;

export const LegalLawyers = defineCollection({
  name: 'legalLawyers',
  schema: LegalLawyerDocSchema,
  indexes: [{ fields: ['unionPath', 'name'] }],
});
