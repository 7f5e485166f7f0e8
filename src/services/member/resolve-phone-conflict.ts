import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type PhoneConflictDecision = InputOf<Contracts['member']['resolvePhoneConflict']>;

/** Decides whose a disputed number is, with what staff checked. */
export const resolvePhoneConflict = (input: PhoneConflictDecision, requestId: string) =>
  call('member', 'resolvePhoneConflict', input, { requestId });
