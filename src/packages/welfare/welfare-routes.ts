/** The 礼包 subpackage's own pages (its entry pages are also in src/utils/navigate.ts for the main package). */
export const welfareRoutes = {
  campaigns: '/packages/welfare/index',
  vouchers: '/packages/welfare/vouchers',
  stations: '/packages/welfare/stations',
  staffHome: '/packages/welfare/staff/index',
  staffRedeem: '/packages/welfare/staff/redeem',
  staffCampaigns: '/packages/welfare/staff/campaigns',
  staffCampaign: '/packages/welfare/staff/campaign',
  staffCampaignForm: '/packages/welfare/staff/campaign-form',
  staffStationForm: '/packages/welfare/staff/station-form',
} as const;
