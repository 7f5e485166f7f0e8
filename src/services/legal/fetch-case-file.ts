import { call } from '../call';

/** Fetches a case of the staff's unions: story, masked contact, evidence links, next steps. */
export const fetchCaseFile = (caseId: string) => call('legal', 'caseFile', { caseId });
