import type { GiftCampaign } from '@core/contracts/drive.contract';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import type { DriveDoc } from '../common/collections/drives.collection';
import type { Store } from '../common/ports/store.port';

const campaignOf = async (store: Store, drive: DriveDoc): Promise<CampaignDoc | null> =>
  drive.welfareCampaignId ? store.get(Campaigns, drive.welfareCampaignId) : null;

const nameOf = (campaign: CampaignDoc): GiftCampaign => ({ id: campaign._id, title: campaign.title });

/** The campaign linked to the drive, by name: staff see it whatever its state. */
export const linkedCampaignOf = async (store: Store, drive: DriveDoc): Promise<GiftCampaign | null> => {
  const campaign = await campaignOf(store, drive);
  return campaign ? nameOf(campaign) : null;
};

/**
 * 入会送礼包 as the worker is offered it: only while the campaign still hands packs out. A closed
 * campaign, or one whose claiming is over, is promised to nobody (a paused one may resume).
 */
export const giftCampaignOf = async (store: Store, drive: DriveDoc, now: number): Promise<GiftCampaign | null> => {
  const campaign = await campaignOf(store, drive);
  return campaign && campaign.status !== 'closed' && campaign.claimEndsAt > now ? nameOf(campaign) : null;
};
