import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type ApplicationsQuery = InputOf<Contracts['member']['applications']>;

/** Fetches one page of the reviewer's join applications, oldest first. */
export const fetchApplications = (query: ApplicationsQuery) => call('member', 'applications', query);
