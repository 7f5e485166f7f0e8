import { newRequestId } from '../request-id';
import { call } from '../call';

/** Asks for the worker's full contact phone (audited), to call them back. */
export const revealContactPhone = (caseId: string) => call('legal', 'revealPhone', { caseId }, { requestId: newRequestId() });
