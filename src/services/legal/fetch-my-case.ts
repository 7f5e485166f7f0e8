import { call } from '../call';

/** Fetches one of the worker's cases with its timeline and evidence links. */
export const fetchMyCase = (caseId: string) => call('legal', 'detail', { caseId });
