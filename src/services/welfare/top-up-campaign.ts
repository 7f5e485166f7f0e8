import { call } from '../call';

/** Adds packs to the pool, or to one station's own stock. */
export const topUpCampaign = (input: { campaignId: string; amount: number; stationId?: string }, requestId: string) =>
  call('welfare', 'topUpCampaign', input, { requestId });
