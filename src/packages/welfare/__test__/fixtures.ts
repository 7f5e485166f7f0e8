import type { Station } from '@core/contracts/directory.contract';
import type { CampaignAdminView, CampaignView, VoucherLookup, VoucherView } from '@core/contracts/welfare.contract';

/** Answers as the welfare and directory functions give them, for the pages' component tests. */
export const at = (day: string, clock = '10:00') => Date.parse(`${day}T${clock}:00+08:00`);

const stationsOfCampaign = [
  { id: 'st_a', name: '美团长青站骑手驿站', address: '青山区长青路128号', location: { lat: 30.64021, lng: 114.38972 }, hours: '全天开放', remaining: null },
  { id: 'st_b', name: '和平大道爱心驿站', address: '青山区和平大道1188号', location: { lat: 30.63248, lng: 114.39581 }, hours: '08:00-22:00', remaining: null },
];

export const campaign = (overrides: Partial<CampaignView> = {}): CampaignView => ({
  id: 'cp_1',
  kind: 'cooling',
  title: '夏日送清凉',
  description: '绿豆汤粉、藿香正气水',
  pictureUrl: null,
  union: { id: 'root', name: '青山区总工会' },
  membersOnly: true,
  occupations: [],
  perPerson: 'once',
  claimStartsAt: at('2026-07-14'),
  claimEndsAt: at('2026-08-14'),
  pickupStartsAt: at('2026-07-14'),
  pickupEndsAt: at('2026-08-19'),
  voucherValidHours: 72,
  stockMode: 'pooled',
  total: 300,
  remaining: 286,
  stations: stationsOfCampaign,
  availability: 'claimable',
  voucherId: null,
  waitlistPosition: null,
  askOccupation: false,
  ...overrides,
});

export const voucher = (overrides: Partial<VoucherView> = {}): VoucherView => ({
  id: 'cp_1_w',
  code: '7KQ3M9PX',
  qrPayload: 'nuanxin:voucher:7KQ3M9PX',
  status: 'active',
  campaign: { id: 'cp_1', kind: 'cooling', title: '夏日送清凉' },
  station: { id: 'st_a', name: '美团长青站骑手驿站', address: '青山区长青路128号', location: { lat: 30.64021, lng: 114.38972 }, hours: '全天开放' },
  anyStation: true,
  claimedAt: at('2026-07-15'),
  expiresAt: at('2026-07-18'),
  pickupStartsAt: at('2026-07-14'),
  pickupEndsAt: at('2026-08-19'),
  redeemedAt: null,
  redeemedStationName: null,
  cancellable: true,
  ...overrides,
});

export const lookup = (overrides: Partial<VoucherLookup> = {}): VoucherLookup => ({
  code: '7KQ3M9PX',
  status: 'active',
  campaign: { id: 'cp_1', kind: 'cooling', title: '夏日送清凉' },
  holder: { name: '李*辉', phone: '139****2345', isMember: true, occupation: 'rider' },
  claimedStation: { id: 'st_a', name: '美团长青站骑手驿站' },
  stations: [{ id: 'st_a', name: '美团长青站骑手驿站' }],
  claimedAt: at('2026-07-15'),
  expiresAt: at('2026-07-18'),
  pickupStartsAt: at('2026-07-14'),
  pickupEndsAt: at('2026-08-19'),
  redeemedAt: null,
  redeemedStationName: null,
  problem: null,
  ...overrides,
});

export const station = (overrides: Partial<Station & { distanceM: number }> = {}): Station & { distanceM?: number } => ({
  id: 'st_a',
  name: '美团长青站骑手驿站',
  address: '青山区长青路128号',
  location: { lat: 30.64021, lng: 114.38972 },
  hours: '全天开放',
  facilities: ['water', 'charging', 'microwave'],
  contact: '027-86801128',
  photoUrl: null,
  union: { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会' },
  ...overrides,
});

export const adminView = (overrides: Partial<CampaignAdminView> = {}): CampaignAdminView => {
  const { availability: _a, voucherId: _v, waitlistPosition: _w, askOccupation: _o, stations: _s, ...settings } = campaign();
  return {
    ...settings,
    status: 'open',
    claimed: 14,
    redeemed: 9,
    expired: 1,
    cancelled: 0,
    outstanding: 4,
    waiting: 0,
    stations: [
      { id: 'st_a', name: '美团长青站骑手驿站', address: '青山区长青路128号', total: null, remaining: null, claimed: 10, redeemed: 7, expired: 1, cancelled: 0 },
      { id: 'st_b', name: '和平大道爱心驿站', address: '青山区和平大道1188号', total: null, remaining: null, claimed: 4, redeemed: 2, expired: 0, cancelled: 1 },
    ],
    byOccupation: [{ occupation: 'rider', claimed: 14, redeemed: 9, expired: 1, cancelled: 1 }],
    createdAt: at('2026-07-10'),
    ...overrides,
  };
};

export const ok = <T>(data: T) => () => ({ ok: true as const, data });
export const failure = (code: string, message: string, fields?: Record<string, string>) => () => ({ ok: false as const, error: { code, message, ...(fields ? { fields } : {}) } });
