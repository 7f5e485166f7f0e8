import type { BookInput } from '@core/contracts/health.contract';
import { call } from '../call';

/** Books one slot; pass the draft's requestId so a retry never takes a second seat. */
export const bookHealthCheck = (input: BookInput, requestId: string) => call('health', 'book', input, { requestId });
