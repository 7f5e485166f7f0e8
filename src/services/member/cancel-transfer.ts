import { call } from '../call';

/** Takes back a transfer request nobody has decided yet. */
export const cancelTransfer = (transferId: string, requestId: string) => call('member', 'cancelTransfer', { transferId }, { requestId });
