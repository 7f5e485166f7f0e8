import type { CampaignEdit } from '@core/contracts/welfare.contract';
import { call } from '../call';

/** Saves changes to a running campaign's texts, eligibility or windows. */
export const updateCampaign = (input: CampaignEdit, requestId: string) => call('welfare', 'updateCampaign', input, { requestId });
