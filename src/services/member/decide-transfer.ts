import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type TransferDecision = InputOf<Contracts['member']['decideTransfer']>;

/** Accepts or refuses a transfer request; the requestId makes a repeated tap count once. */
export const decideTransfer = (input: TransferDecision, requestId: string) => call('member', 'decideTransfer', input, { requestId });
