import { monthKey } from '@core/rules/time';
import { Counters, memberMovesCounterIdOf } from '../common/collections/counters.collection';
import { countMemberInBuckets, type BucketedMember } from '../common/counters/member-counters';
import type { DocumentOps } from '../common/ports/store.port';

/** Where a member is counted: their union, occupation group and join month (a transfer keeps the month). */
export type CountedMember = BucketedMember;

/**
 * Every counter an approved member makes, in one place, so approval (+1), a transfer (−1 here, +1
 * there) and 退会 (−1) keep all of them equal to a recount of approved members. A new dimension (by
 * platform, say) goes here, not into each action. Call inside the transaction that changes the member.
 */
export const countMember = async (tx: DocumentOps, member: CountedMember, delta: 1 | -1): Promise<void> => {
  // Platform and drive dimensions live with the dashboard that reads them (issue 6).
  await countMemberInBuckets(tx, member, delta);
};

/** What happened to a union's membership in the month of `at`: members moving in or out, or leaving. */
export const countMemberMove = async (
  tx: DocumentOps,
  union: { unionId: string; unionPath: string },
  at: number,
  what: 'transferredIn' | 'transferredOut' | 'withdrawn',
): Promise<void> => {
  const month = monthKey(at);
  await tx.increment(Counters, memberMovesCounterIdOf(union.unionId, month), { [what]: 1 }, {
    kind: 'memberMoves',
    unionId: union.unionId,
    unionPath: union.unionPath,
    month,
  });
};
