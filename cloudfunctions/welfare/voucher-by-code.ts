import { isVoucherCode, voucherCodeFromScan } from '@core/rules/voucher-code';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../common/collections/claims.collection';
import type { ActionContext } from '../common/runtime/action';
import { fail, ok, type Outcome } from '../common/runtime/action';
import { reachesCampaign } from './campaign-scope';

/**
 * The voucher behind a scanned or typed code, as far as this staff member may see it: not found when
 * there is none, forbidden when it belongs to a campaign handed out by other unions. Should two live
 * codes ever collide, the one this staff member can serve, and then the one still active, wins.
 */
export const voucherByCode = async (
  { caller, ports }: ActionContext,
  typed: string,
): Promise<Outcome<{ claim: ClaimDoc; campaign: CampaignDoc }, 'WELFARE.VOUCHER_NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const code = voucherCodeFromScan(typed);
  if (!isVoucherCode(code)) return fail('WELFARE.VOUCHER_NOT_FOUND', { fields: { code: '券码是8位字母和数字，请核对' } });
  const candidates = (await ports.store.find(Claims, { where: { code }, limit: 5 })).items.filter((claim) => claim.status !== 'pending');
  if (candidates.length === 0) return fail('WELFARE.VOUCHER_NOT_FOUND', { fields: { code: '没有这个券码，请核对' } });

  const campaignIds = [...new Set(candidates.map((claim) => claim.campaignId))];
  const campaigns = campaignIds.length === 1
    ? [await ports.store.get(Campaigns, campaignIds[0])].filter((c): c is CampaignDoc => c !== null)
    : (await ports.store.find(Campaigns, { where: { _id: { $in: campaignIds } }, limit: 5 })).items;
  const byId = new Map(campaigns.map((campaign) => [campaign._id, campaign]));
  const reachable = candidates.filter((claim) => {
    const campaign = byId.get(claim.campaignId);
    return campaign && reachesCampaign(caller.scope, campaign);
  });
  if (reachable.length === 0) return fail('AUTH.FORBIDDEN');
  const claim = reachable.find((candidate) => candidate.status === 'active') ?? reachable[0];
  return ok({ claim, campaign: byId.get(claim.campaignId)! });
};
