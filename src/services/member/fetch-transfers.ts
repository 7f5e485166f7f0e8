import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type TransfersQuery = InputOf<Contracts['member']['transfers']>;

/** Fetches one page of transfer requests into the reviewer's unions, oldest first while pending. */
export const fetchTransfers = (query: TransfersQuery) => call('member', 'transfers', query);
