import { Counters } from '../common/collections/counters.collection';
import type { DocumentOps } from '../common/ports/store.port';

export const memberNumberSequenceId = 'seq:memberNo';

/** `NX2026000042`: the year of joining (Asia/Shanghai) and a district-wide sequence. */
export const formatMemberNumber = (joinedYear: number, sequence: number): string =>
  `NX${joinedYear}${String(sequence).padStart(6, '0')}`;

/**
 * Takes the next member number inside the approving transaction, so two approvals can never hand out
 * the same number (the engine serializes or retries conflicting transactions).
 */
export const takeMemberNumber = async (tx: DocumentOps, joinedYear: number): Promise<string> => {
  const sequence = await tx.get(Counters, memberNumberSequenceId);
  const next = Number(sequence?.value ?? 0) + 1;
  if (sequence) await tx.update(Counters, memberNumberSequenceId, { $set: { value: next } });
  else await tx.insert(Counters, { _id: memberNumberSequenceId, kind: 'sequence', value: next });
  return formatMemberNumber(joinedYear, next);
};
