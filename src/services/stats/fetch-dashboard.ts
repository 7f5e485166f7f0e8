import { call } from '../call';

/** Fetches the dashboard of the staff member's subtree, or of one union in it. */
export const fetchDashboard = (unionId?: string) => call('stats', 'dashboard', unionId ? { unionId } : {});
