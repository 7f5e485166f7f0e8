import { call } from '../call';

/** Fetches the 礼包 campaigns that concern the worker, each with whether they can claim it now. */
export const fetchCampaigns = () => call('welfare', 'campaigns', {});
