import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type PhoneConflictsQuery = InputOf<Contracts['member']['phoneConflicts']>;

/** Fetches one page of phone reports about records in the staff's unions. */
export const fetchPhoneConflicts = (query: PhoneConflictsQuery) => call('member', 'phoneConflicts', query);
