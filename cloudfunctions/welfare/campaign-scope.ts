import type { CampaignDoc } from '../common/collections/campaigns.collection';
import type { StaffScope } from '../common/runtime/access';

/**
 * "Staff of the campaign's unions" (DESIGN.md): staff covering the union that runs the campaign, or
 * the union running one of its stations — the people who hand its packs out.
 */
export const reachesCampaign = (scope: StaffScope | null, campaign: CampaignDoc): boolean =>
  !!scope && (scope.covers(campaign.unionPath) || campaign.stationIds.some((id) => !!campaign.stations[id] && scope.covers(campaign.stations[id].unionPath)));

/** Whether this staff member may hand a pack of `campaign` out at `stationId`. */
export const mayHandOutAt = (scope: StaffScope | null, campaign: CampaignDoc, stationId: string): boolean => {
  const station = campaign.stations[stationId];
  return !!scope && !!station && (scope.covers(campaign.unionPath) || scope.covers(station.unionPath));
};

/** Where a voucher may be picked up: any station of a shared pool, only its own with per-station stock. */
export const pickupStationsOf = (campaign: CampaignDoc, claimStationId: string): string[] =>
  campaign.stockMode === 'perStation' ? [claimStationId] : campaign.stationIds.filter((id) => !!campaign.stations[id]);
