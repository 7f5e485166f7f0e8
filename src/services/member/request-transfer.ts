import { call } from '../call';

/** Asks to move to another grassroots union; the requestId makes a repeated tap file one request. */
export const requestTransfer = (input: { toUnionId: string; note?: string }, requestId: string) =>
  call('member', 'requestTransfer', input, { requestId });
