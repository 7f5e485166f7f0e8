import { call } from '../call';

/** Fetches the partner lawyers a case may go to, or (without a case) those recorded in the caller's unions. */
export const fetchLawyers = (caseId?: string) => call('legal', 'lawyers', caseId ? { caseId } : {});
