import type { VoucherLookup, VoucherView } from '@core/contracts/welfare.contract';
import { voucherQrPayload } from '@core/rules/voucher-code';
import { voucherStatusAt } from '@core/rules/welfare';
import type { CampaignDoc } from '../common/collections/campaigns.collection';
import type { ClaimDoc } from '../common/collections/claims.collection';
import { pickupWindowFailure } from './campaign-phase';

/** The campaign's copy of a station, or a placeholder if the voucher's station left the campaign. */
const stationOf = (campaign: CampaignDoc, stationId: string) => {
  const station = campaign.stations[stationId];
  return station
    ? { id: stationId, name: station.name, address: station.address, location: station.location, hours: station.hours }
    : { id: stationId, name: '（驿站已不再发放）', address: '', location: { lat: 0, lng: 0 }, hours: '' };
};

/** The worker's voucher: overdue ones read 已过期 even before the sweep has returned their pack. */
export const toVoucherView = (claim: ClaimDoc, campaign: CampaignDoc, now: number): VoucherView => {
  const status = voucherStatusAt(claim.status, claim.expiresAt, now);
  return {
    id: claim._id,
    code: claim.code,
    qrPayload: voucherQrPayload(claim.code),
    status,
    campaign: { id: campaign._id, kind: campaign.kind, title: campaign.title },
    station: stationOf(campaign, claim.stationId),
    anyStation: campaign.stockMode === 'pooled',
    claimedAt: claim.claimedAt,
    expiresAt: claim.expiresAt,
    pickupStartsAt: campaign.pickupStartsAt,
    pickupEndsAt: campaign.pickupEndsAt,
    redeemedAt: claim.redeemedAt,
    redeemedStationName: claim.redeemedStationId ? stationOf(campaign, claim.redeemedStationId).name : null,
    cancellable: status === 'active',
  };
};

/** Why this voucher cannot be handed out now, first reason first. */
export const redeemProblemOf = (claim: ClaimDoc, campaign: CampaignDoc, now: number): VoucherLookup['problem'] => {
  const status = voucherStatusAt(claim.status, claim.expiresAt, now);
  if (status === 'redeemed') return 'WELFARE.ALREADY_REDEEMED';
  if (status === 'expired') return 'WELFARE.VOUCHER_EXPIRED';
  if (status === 'cancelled') return 'WELFARE.VOUCHER_CANCELLED';
  return pickupWindowFailure(campaign, now);
};

/** What 核销 shows staff: the holder masked, the pack, and the stations they may hand it out at. */
export const toVoucherLookup = (claim: ClaimDoc, campaign: CampaignDoc, stationIds: readonly string[], now: number): VoucherLookup => ({
  code: claim.code,
  status: voucherStatusAt(claim.status, claim.expiresAt, now),
  campaign: { id: campaign._id, kind: campaign.kind, title: campaign.title },
  holder: { name: claim.holderNameMasked, phone: claim.holderPhoneMasked, isMember: claim.isMember, occupation: claim.occupation },
  claimedStation: { id: claim.stationId, name: stationOf(campaign, claim.stationId).name },
  stations: stationIds.map((id) => ({ id, name: stationOf(campaign, id).name })),
  claimedAt: claim.claimedAt,
  expiresAt: claim.expiresAt,
  pickupStartsAt: campaign.pickupStartsAt,
  pickupEndsAt: campaign.pickupEndsAt,
  redeemedAt: claim.redeemedAt,
  redeemedStationName: claim.redeemedStationId ? stationOf(campaign, claim.redeemedStationId).name : null,
  problem: redeemProblemOf(claim, campaign, now),
});
