import { call } from '../call';

/** Fetches one campaign's settings and counts, by station and by occupation. */
export const fetchCampaignStats = (campaignId: string) => call('welfare', 'campaignStats', { campaignId });
