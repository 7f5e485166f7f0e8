import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type ReviewDecision = InputOf<Contracts['member']['review']>;

/** Approves or rejects one application; the requestId makes a repeated tap count once. */
export const reviewApplication = (input: ReviewDecision, requestId: string) =>
  call('member', 'review', input, { requestId });
