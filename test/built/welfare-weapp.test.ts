import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled 礼包 pages (dist/weapp packages/welfare) in Node: location, the privacy flow, the map,
 * the QR scanner and openLocation answered at the wx boundary; `wx.cloud.callFunction` with canned
 * envelopes shaped by the contracts.
 */
const station = (id: string, name: string, lat: number, lng: number) => ({
  id,
  name,
  address: `青山区${name}`,
  location: { lat, lng },
  hours: '全天开放',
  facilities: ['water', 'charging'],
  contact: '027-86801128',
  photoUrl: null,
  union: { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会' },
});
const campaign = {
  id: 'cp_demo_cooling',
  kind: 'cooling',
  title: '夏日送清凉',
  description: '绿豆汤粉、藿香正气水',
  pictureUrl: null,
  union: { id: 'root', name: '青山区总工会' },
  membersOnly: true,
  occupations: [],
  perPerson: 'once',
  claimStartsAt: 1_795_000_000_000,
  claimEndsAt: 1_797_000_000_000,
  pickupStartsAt: 1_795_000_000_000,
  pickupEndsAt: 1_797_500_000_000,
  voucherValidHours: 72,
  stockMode: 'pooled',
  total: 300,
  remaining: 286,
  stations: [
    { id: 'st_a', name: '美团长青站骑手驿站', address: '青山区长青路128号', location: { lat: 30.64021, lng: 114.38972 }, hours: '全天开放', remaining: null },
    { id: 'st_b', name: '和平大道爱心驿站', address: '青山区和平大道1188号', location: { lat: 30.63248, lng: 114.39581 }, hours: '08:00-22:00', remaining: null },
  ],
  availability: 'claimable',
  voucherId: null,
  waitlistPosition: null,
  askOccupation: false,
};
const lookup = {
  code: '7KQ3M9PX',
  status: 'active',
  campaign: { id: 'cp_demo_cooling', kind: 'cooling', title: '夏日送清凉' },
  holder: { name: '李*辉', phone: '139****2345', isMember: true, occupation: 'rider' },
  claimedStation: { id: 'st_a', name: '美团长青站骑手驿站' },
  stations: [{ id: 'st_a', name: '美团长青站骑手驿站' }],
  claimedAt: 1_795_100_000_000,
  expiresAt: 1_795_300_000_000,
  pickupStartsAt: 1_795_000_000_000,
  pickupEndsAt: 1_797_500_000_000,
  redeemedAt: null,
  redeemedStationName: null,
  problem: null,
};

const answer: CloudAnswer = (name, { action }) => {
  if (name === 'welfare' && action === 'campaigns') return { ok: true, data: { items: [campaign] } };
  if (name === 'directory' && action === 'nearbyStations') {
    return { ok: true, data: { items: [{ ...station('st_a', '美团长青站骑手驿站', 30.64021, 114.38972), distanceM: 60 }, { ...station('st_b', '和平大道爱心驿站', 30.63248, 114.39581), distanceM: 1040 }] } };
  }
  if (name === 'welfare' && action === 'lookupVoucher') return { ok: true, data: lookup };
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness: 礼包 and 驿站 (dist/weapp packages/welfare in Node)', () => {
  const asked: Array<{ api: string; options: Record<string, unknown> }> = [];
  const callback = (api: string, result: object) => (options: Record<string, unknown> & { success?: (r: object) => void; complete?: () => void }) => {
    asked.push({ api, options });
    (options.success as ((r: object) => void) | undefined)?.({ ...result, errMsg: `${api}:ok` });
    options.complete?.();
  };
  const weapp = startWeapp(answer, {
    getLocation: callback('getLocation', { latitude: 30.6398, longitude: 114.3893 }),
    openLocation: callback('openLocation', {}),
    scanCode: callback('scanCode', { result: 'nuanxin:voucher:7KQ3M9PX', scanType: 'QR_CODE' }),
    onNeedPrivacyAuthorization: (listener: unknown) => asked.push({ api: 'onNeedPrivacyAuthorization', options: { listener } }),
  });

  it('lists the campaign with its stock and a 领取 button', async () => {
    const page = await weapp.openPage('packages/welfare/index');
    const card = weapp.the(page, 'nx-campaign');
    expect(textOf(card)).toContain('夏日送清凉');
    expect(textOf(card)).toContain('剩 286 / 300 份');
    expect(findAll(card, hasClass('nx-campaign-claim'))).toHaveLength(1);
  });

  it('asks WeChat for a GCJ-02 location (privacy flow registered) and shows the stations on a map, nearest first', async () => {
    const page = await weapp.openPage('packages/welfare/stations');
    await weapp.settle(150);
    expect(asked.find((call) => call.api === 'getLocation')?.options).toMatchObject({ type: 'gcj02' });
    expect(asked.some((call) => call.api === 'onNeedPrivacyAuthorization')).toBe(true);
    expect(weapp.cloudCalls).toContainEqual({ name: 'directory', data: { action: 'nearbyStations', data: { lat: 30.6398, lng: 114.3893 } } });
    // The <map>, its attributes under the compiled template's short names: the markers carry the titles.
    const [map] = findAll(page.data.root, hasClass('nx-stations__map'));
    const markers = Object.values(map).find((value) => Array.isArray(value) && (value[0] as { title?: string })?.title) as Array<{ title: string; latitude: number }>;
    expect(markers.map((marker) => [marker.title, marker.latitude])).toEqual([['美团长青站骑手驿站', 30.64021], ['和平大道爱心驿站', 30.63248]]);
    expect(findAll(page.data.root, hasClass('nx-station__name')).map(textOf)).toEqual(['美团长青站骑手驿站', '和平大道爱心驿站']);
    expect(findAll(page.data.root, hasClass('nx-station-distance')).map(textOf)).toEqual(['60米', '1.0公里']);
    await weapp.tap(page, findAll(page.data.root, hasClass('nx-station-navigate'))[0]);
    expect(asked.find((call) => call.api === 'openLocation')?.options).toMatchObject({ latitude: 30.64021, longitude: 114.38972, name: '美团长青站骑手驿站' });
  });

  it('scans a voucher QR code on the 核销 page and looks the code up', async () => {
    const page = await weapp.openPage('packages/welfare/staff/redeem');
    await weapp.tap(page, weapp.the(page, 'nx-redeem-scan'));
    await weapp.settle(150);
    expect(asked.find((call) => call.api === 'scanCode')?.options).toMatchObject({ onlyFromCamera: true, scanType: ['qrCode'] });
    expect(weapp.cloudCalls).toContainEqual({ name: 'welfare', data: { action: 'lookupVoucher', data: { code: '7KQ3M9PX' } } });
    expect(textOf(weapp.the(page, 'nx-redeem-voucher'))).toContain('李*辉');
  });
});
