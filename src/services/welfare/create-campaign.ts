import type { CampaignInput } from '@core/contracts/welfare.contract';
import { call } from '../call';

/** Creates a campaign; the requestId keeps a repeated tap from creating two. */
export const createCampaign = (input: CampaignInput, requestId: string) => call('welfare', 'createCampaign', input, { requestId });
