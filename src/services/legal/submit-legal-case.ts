import type { SubmitCaseInput } from '@core/contracts/legal-inputs';
import { call } from '../call';

/** Files the worker's 法律援助 request; pass the draft's requestId so a retry never files it twice. */
export const submitLegalCase = (input: SubmitCaseInput, requestId: string) => call('legal', 'submit', input, { requestId });
