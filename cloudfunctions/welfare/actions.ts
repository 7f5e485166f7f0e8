import type { ActionTable } from '../common/runtime/action';
import { showCampaignStats } from './campaign-stats.action';
import { listCampaigns } from './campaigns.action';
import { cancelClaim } from './cancel-claim.action';
import { claimWelfarePack } from './claim.action';
import { createCampaign } from './create-campaign.action';
import { joinWaitlist } from './join-waitlist.action';
import { lookupVoucher } from './lookup-voucher.action';
import { listManagedCampaigns } from './managed-campaigns.action';
import { listMyClaims } from './my-claims.action';
import { redeemVoucher } from './redeem.action';
import { setCampaignStatus } from './set-campaign-status.action';
import { topUpCampaign } from './top-up-campaign.action';
import { updateCampaign } from './update-campaign.action';

export const welfareActions: ActionTable<'welfare'> = {
  campaigns: listCampaigns,
  claim: claimWelfarePack,
  joinWaitlist,
  myClaims: listMyClaims,
  cancelClaim,
  createCampaign,
  updateCampaign,
  topUpCampaign,
  setCampaignStatus,
  managedCampaigns: listManagedCampaigns,
  campaignStats: showCampaignStats,
  lookupVoucher,
  redeem: redeemVoucher,
};
