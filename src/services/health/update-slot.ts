import { call } from '../call';

/** Changes one slot's capacity or stops / resumes its bookings. */
export const updateSlot = (slotId: string, change: { capacity?: number; open?: boolean }, requestId: string) =>
  call('health', 'updateSlot', { slotId, ...change }, { requestId });
