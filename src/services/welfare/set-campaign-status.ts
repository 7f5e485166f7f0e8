import type { CampaignStatus } from '@core/enums/welfare';
import { call } from '../call';

/** 暂停 / 恢复 / 结束 a campaign. */
export const setCampaignStatus = (campaignId: string, status: CampaignStatus, requestId: string) =>
  call('welfare', 'setCampaignStatus', { campaignId, status }, { requestId });
