import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * A union's 法律援助 commitment, `_id` = the union's id: answer (accept or decline) within this many
 * working days. Unions without one inherit the nearest union above them that has one, else 3.
 */
export const LegalSettingsDocSchema = z.object({
  _id: z.string(),
  unionPath: z.string(),
  answerWorkingDays: z.number(),
  updatedBy: z.string(),
  updatedAt: z.number(),
});
export type LegalSettingsDoc = z.infer<typeof LegalSettingsDocSchema>;

export const LegalSettings = defineCollection({ name: 'legalSettings', schema: LegalSettingsDocSchema, indexes: [] });
