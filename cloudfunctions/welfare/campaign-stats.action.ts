import { welfareContracts } from '@core/contracts/welfare.contract';
import { Campaigns } from '../common/collections/campaigns.collection';
import { imageUrlOf } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { reachesCampaign } from './campaign-scope';
import { toAdminView } from './campaign-views';

/**
 * 发放统计: claimed, picked up, expired, given back and left, by station and by occupation group — all
 * kept in the campaign document by the writes that changed them, so this is one read.
 */
export const showCampaignStats = defineAction({
  contract: welfareContracts.campaignStats,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    const campaign = await ports.store.get(Campaigns, input.campaignId);
    if (!campaign) return fail('WELFARE.CAMPAIGN_NOT_FOUND');
    if (!reachesCampaign(caller.scope, campaign)) return fail('AUTH.FORBIDDEN');
    return ok(toAdminView(campaign, await imageUrlOf(ports.files, campaign.pictureFileId)));
  },
});
