import { call } from '../call';

/** Fetches the 体检 plans open to the member's union, with whether and when they may book each. */
export const fetchHealthPlans = () => call('health', 'plans', {});
