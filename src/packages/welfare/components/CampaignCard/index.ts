export { CampaignCard } from './CampaignCard';
