import { call } from '../call';

/** Staff move a member to another union of theirs, with the reason the member will read. */
export const moveMember = (input: { memberId: string; toUnionId: string; reason: string }, requestId: string) =>
  call('member', 'transfer', input, { requestId });
