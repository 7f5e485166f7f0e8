import { z } from 'zod';
import { defineCollection } from '../ports/store.port';

/**
 * Counters kept in the same write as the records they count, so reports read a handful of documents
 * at any scale. Dimensions are plain fields (`unionPath` makes a subtree one prefix query); metrics are
 * numeric fields added with `increment`.
 *
 * - `members:${unionId}:${occupation}:${month}` — kind `members`: `approved`, the members now in that
 *   union who joined in `month` (their join month, which a transfer keeps). Approval adds one; a
 *   transfer moves it to the new union; 退会 takes it away (cloudfunctions/member/member-counters.ts).
 * - `memberMoves:${unionId}:${month}` — kind `memberMoves`: `transferredIn`, `transferredOut`,
 *   `withdrawn` in `month` (when it happened), for monthly reports.
 * - `legal:${unionId}:${month}` — kind `legal`: opened, accepted, declined, closed, overdue, amountRecovered,
 *   rated, ratingStars (cloudfunctions/legal/legal-counters.ts says what each counts).
 * - `seq:memberNo` — kind `sequence`: `value`, the last member number handed out.
 */
export const CounterDocSchema = z
  .object({
    _id: z.string(),
    kind: z.string(),
    unionId: z.string().optional(),
    unionPath: z.string().optional(),
    occupation: z.string().optional(),
    month: z.string().optional(),
  })
  .catchall(z.union([z.number(), z.string()]));
export type CounterDoc = z.infer<typeof CounterDocSchema>;

export const Counters = defineCollection({
  name: 'counters',
  schema: CounterDocSchema,
  indexes: [{ fields: ['kind', 'unionPath', 'month'] }],
});

export const memberCounterIdOf = (unionId: string, occupation: string, month: string): string =>
  `members:${unionId}:${occupation}:${month}`;

export const memberMovesCounterIdOf = (unionId: string, month: string): string => `memberMoves:${unionId}:${month}`;
