import { call } from '../call';

/** Fetches one page of the campaigns run by the staff member's unions, with their counts. */
export const fetchManagedCampaigns = (cursor?: string) => call('welfare', 'managedCampaigns', cursor ? { cursor } : {});
