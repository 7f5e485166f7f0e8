import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type CaseQueueQuery = InputOf<Contracts['legal']['queue']>;

/** Fetches one page of the staff's legal-aid queue. */
export const fetchCaseQueue = (query: CaseQueueQuery) => call('legal', 'queue', query);
