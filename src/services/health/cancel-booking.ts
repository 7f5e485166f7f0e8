import { call } from '../call';

/** Cancels the worker's booking of a plan; the seat returns at once. */
export const cancelBooking = (planId: string, requestId: string) => call('health', 'cancel', { planId }, { requestId });
