import { windowPhase } from '@core/rules/welfare';
import type { CampaignDoc } from '../common/collections/campaigns.collection';

export type ClaimWindowFailure = 'WELFARE.CLOSED' | 'WELFARE.PAUSED' | 'WELFARE.NOT_STARTED' | 'WELFARE.ENDED';

/** Why a campaign takes no claims at `now`, or null when it does. */
export const claimWindowFailure = (
  campaign: Pick<CampaignDoc, 'status' | 'claimStartsAt' | 'claimEndsAt'>,
  now: number,
): ClaimWindowFailure | null => {
  if (campaign.status === 'closed') return 'WELFARE.CLOSED';
  const phase = windowPhase({ startsAt: campaign.claimStartsAt, endsAt: campaign.claimEndsAt }, now);
  if (phase === 'ended') return 'WELFARE.ENDED';
  if (phase === 'notStarted') return 'WELFARE.NOT_STARTED';
  if (campaign.status === 'paused') return 'WELFARE.PAUSED';
  return null;
};

/** Claiming will not open again (closed, or the claim window has passed): nobody waiting can be served. */
export const claimingOver = (campaign: Pick<CampaignDoc, 'status' | 'claimStartsAt' | 'claimEndsAt'>, now: number): boolean => {
  const failure = claimWindowFailure(campaign, now);
  return failure === 'WELFARE.CLOSED' || failure === 'WELFARE.ENDED';
};

export type PickupFailure = 'WELFARE.PICKUP_NOT_STARTED' | 'WELFARE.PICKUP_ENDED';

export const pickupWindowFailure = (campaign: Pick<CampaignDoc, 'pickupStartsAt' | 'pickupEndsAt'>, now: number): PickupFailure | null => {
  const phase = windowPhase({ startsAt: campaign.pickupStartsAt, endsAt: campaign.pickupEndsAt }, now);
  if (phase === 'notStarted') return 'WELFARE.PICKUP_NOT_STARTED';
  if (phase === 'ended') return 'WELFARE.PICKUP_ENDED';
  return null;
};
