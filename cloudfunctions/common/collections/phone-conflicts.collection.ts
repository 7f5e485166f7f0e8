import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PhoneConflictStatusSchema } from '@core/enums/phone-conflict-status';
import { defineCollection } from '../ports/store.port';

/**
 * A worker's report that a phone number they use is held by another record. Routed to staff of the
 * holder's union (`holderUnionPath`), who know that record. The number is kept like a member's: hash,
 * ciphertext, masked form. One document per reporter and number, so reporting again reopens it.
 */
export const PhoneConflictDocSchema = z.object({
  _id: z.string(),
  claimantOpenid: z.string(),
  /** The name the reporter gave, for staff calling them back. */
  claimantName: z.string(),
  note: z.string().nullable(),
  /** All three emptied (`erasedNumber`) when the record holding the number is erased. */
  phoneHash: z.string(),
  phoneCipher: z.string(),
  phoneMasked: z.string(),
  /** The record holding the number when reported; null once that record was erased. */
  holderOpenid: z.string().nullable(),
  holderUnionId: z.string(),
  holderUnionPath: z.string(),
  status: PhoneConflictStatusSchema,
  reportedAt: z.number(),
  resolvedAt: z.number().nullable(),
  resolverOpenid: z.string().nullable(),
  reason: z.string().nullable(),
});
export type PhoneConflictDoc = z.infer<typeof PhoneConflictDocSchema>;

export const PhoneConflicts = defineCollection({
  name: 'phoneConflicts',
  schema: PhoneConflictDocSchema,
  indexes: [
    { fields: ['status', 'holderUnionPath', 'reportedAt'] },
    { fields: ['status', 'holderUnionPath', 'resolvedAt'] },
    { fields: ['claimantOpenid'] },
    { fields: ['holderOpenid'] },
  ],
});

/** One report per reporter and number; hashed so the id stays short and says nothing by itself. */
export const phoneConflictIdOf = (claimantOpenid: string, phoneHash: string): string =>
  createHash('sha256').update(`${claimantOpenid}\n${phoneHash}`).digest('hex').slice(0, 32);

/** What a report shows in place of a number that was erased with the record that held it. */
export const erasedNumber = '（号码已删除）';
