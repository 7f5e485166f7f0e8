import { call } from '../call';

/** Rates a closed case, 1–5 stars and an optional comment. */
export const rateCase = (input: { caseId: string; stars: number; comment?: string }, requestId: string) =>
  call('legal', 'rate', input, { requestId });
