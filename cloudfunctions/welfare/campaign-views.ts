import type { CampaignAdminView, CampaignView } from '@core/contracts/welfare.contract';
import { occupations } from '@core/enums/occupation';
import type { Availability } from '@core/enums/welfare';
import type { CampaignDoc } from '../common/collections/campaigns.collection';

const windowsOf = (campaign: CampaignDoc) => ({
  claimStartsAt: campaign.claimStartsAt,
  claimEndsAt: campaign.claimEndsAt,
  pickupStartsAt: campaign.pickupStartsAt,
  pickupEndsAt: campaign.pickupEndsAt,
});

const settingsOf = (campaign: CampaignDoc, pictureUrl: string | null) => ({
  id: campaign._id,
  kind: campaign.kind,
  title: campaign.title,
  description: campaign.description,
  pictureUrl,
  union: { id: campaign.unionId, name: campaign.unionName },
  membersOnly: campaign.membersOnly,
  occupations: campaign.occupations,
  perPerson: campaign.perPerson,
  voucherValidHours: campaign.voucherValidHours,
  stockMode: campaign.stockMode,
  total: campaign.total,
  remaining: campaign.remaining,
  ...windowsOf(campaign),
});

export interface WorkerSide {
  availability: Availability;
  voucherId: string | null;
  waitlistPosition: number | null;
  askOccupation: boolean;
}

/** A campaign on the worker's list: its stations in the admin's order, with their own stock if any. */
export const toCampaignView = (campaign: CampaignDoc, pictureUrl: string | null, worker: WorkerSide): CampaignView => ({
  ...settingsOf(campaign, pictureUrl),
  stations: campaign.stationIds
    .filter((id) => campaign.stations[id])
    .map((id) => {
      const station = campaign.stations[id];
      return { id, name: station.name, address: station.address, location: station.location, hours: station.hours, remaining: station.remaining };
    }),
  ...worker,
});

type Tally = { claimed: number; redeemed: number; expired?: number; cancelled?: number };

/** A station's or an occupation's counts; those counted before expiries were kept per station read 0. */
const tallyOf = (tally: Tally | undefined) => ({
  claimed: tally?.claimed ?? 0,
  redeemed: tally?.redeemed ?? 0,
  expired: tally?.expired ?? 0,
  cancelled: tally?.cancelled ?? 0,
});

/** A campaign with every count, for its admins and station staff. */
export const toAdminView = (campaign: CampaignDoc, pictureUrl: string | null): CampaignAdminView => ({
  ...settingsOf(campaign, pictureUrl),
  status: campaign.status,
  claimed: campaign.claimed,
  redeemed: campaign.redeemed,
  expired: campaign.expired,
  cancelled: campaign.cancelled,
  outstanding: campaign.claimed - campaign.redeemed - campaign.expired - campaign.cancelled,
  waiting: campaign.waiting,
  stations: campaign.stationIds
    .filter((id) => campaign.stations[id])
    .map((id) => {
      const station = campaign.stations[id];
      return { id, name: station.name, address: station.address, total: station.total, remaining: station.remaining, ...tallyOf(station) };
    }),
  byOccupation: occupations.map((occupation) => ({ occupation, ...tallyOf(campaign.byOccupation[occupation]) })).filter((row) => row.claimed > 0),
  createdAt: campaign.createdAt,
});
