import { z } from 'zod';
import type { PiiCipher } from '../common/pii/pii-cipher';

/**
 * The worker's answer to the one health question, sealed like an ID number (sensitive personal data):
 * only the worker's own views and the check-in's "leave out" list ever open it; never logged.
 */
const AnswersSchema = z.object({ mayBePregnant: z.boolean().optional() });
export type HealthAnswers = z.infer<typeof AnswersSchema>;

export const sealAnswers = (pii: PiiCipher, answers: HealthAnswers | null): string | null =>
  answers === null ? null : pii.encrypt(JSON.stringify(answers));

export const openAnswers = (pii: PiiCipher, sealed: string | null): HealthAnswers => {
  if (sealed === null) return {};
  const parsed = AnswersSchema.safeParse(JSON.parse(pii.decrypt(sealed)));
  return parsed.success ? parsed.data : {};
};
