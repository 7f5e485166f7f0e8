import { call } from '../call';

/** Fetches a plan's stats: booked, checked in and no-show by slot, site and occupation. */
export const fetchPlanStats = (planId: string) => call('health', 'planStats', { planId });
