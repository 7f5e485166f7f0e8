import { call } from '../call';

/** Marks everyone still waiting in an ended slot as 未到. */
export const markNoShows = (slotId: string, requestId: string) => call('health', 'markNoShow', { slotId }, { requestId });
