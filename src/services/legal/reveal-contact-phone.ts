import { call } from '../call';

/** Asks for the worker's full contact phone (each ask is audited), to call them back. */
export const revealContactPhone = (caseId: string) => call('legal', 'revealPhone', { caseId });
