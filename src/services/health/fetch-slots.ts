import { call } from '../call';

/** Fetches one site's slots of a plan with the seats left in each. */
export const fetchSlots = (planId: string, siteId: string) => call('health', 'slots', { planId, siteId });
