import { call } from '../call';

/** Fetches the plans in the staff member's unions, with today's date from the server. */
export const fetchManagedPlans = () => call('health', 'managedPlans', {});
