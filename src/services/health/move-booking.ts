import { call } from '../call';

/** Moves the worker's booking of a plan to another slot (the old seat is freed only if the new one is taken). */
export const moveBooking = (planId: string, slotId: string, requestId: string) => call('health', 'move', { planId, slotId }, { requestId });
