import type { ClaimInput } from '@core/contracts/welfare.contract';
import { call } from '../call';

/** Queues for a sold-out campaign's next pack given back; answers the worker's place in line. */
export const joinWaitlist = (input: ClaimInput, requestId: string) => call('welfare', 'joinWaitlist', input, { requestId });
