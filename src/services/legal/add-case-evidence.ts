import { call } from '../call';

/** Attaches uploaded evidence to an open case; the requestId makes a repeated tap count once. */
export const addCaseEvidence = (caseId: string, uploadIds: string[], requestId: string) =>
  call('legal', 'addEvidence', { caseId, uploadIds }, { requestId });
