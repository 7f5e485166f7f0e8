import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { fail, ok, type Outcome } from '../common/runtime/action';
import type { ActionContext } from '../common/runtime/action';

/**
 * The campaign an admin action is about, if it exists and lies in the caller's subtree: only admins
 * of the union that runs a campaign change it (station staff only hand its packs out).
 */
export const campaignToManage = async (
  { caller, ports }: ActionContext,
  campaignId: string,
): Promise<Outcome<CampaignDoc, 'WELFARE.CAMPAIGN_NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const campaign = await ports.store.get(Campaigns, campaignId);
  if (!campaign) return fail('WELFARE.CAMPAIGN_NOT_FOUND');
  if (!caller.scope?.covers(campaign.unionPath)) return fail('AUTH.FORBIDDEN');
  return ok(campaign);
};
