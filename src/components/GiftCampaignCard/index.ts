export { GiftCampaignCard, type GiftCampaignCardProps } from './GiftCampaignCard';
