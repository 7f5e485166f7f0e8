/** Envelopes the health function would send, for the page tests (test/support/fake-api.ts answers with them). */
const at = (day: string, clock: string) => Date.parse(`${day}T${clock}:00+08:00`);

export const sites = [
  { id: 's1', name: '流动体检车·美团长青站', address: '青山区长青路128号站点门口', kind: 'bus' as const },
  { id: 's2', name: '康宁医院体检中心', address: '青山区和平大道899号门诊楼3楼', kind: 'hospital' as const },
];

export const booking = (overrides: Record<string, unknown> = {}) => ({
  id: 'hp-1_w',
  planId: 'hp-1',
  planTitle: '冬季骑手免费健康体检',
  provider: '青山区康宁医院体检中心',
  status: 'booked',
  site: sites[0],
  slot: { id: 'hp-1_s1_20261203_0800', startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '08:30') },
  code: 'K7M2Q9XD',
  qrPayload: 'nuanxin:health:K7M2Q9XD',
  preparation: ['需要空腹：检查前一晚10点以后不要吃东西、不喝饮料，可以喝少量白开水', '请带本人身份证，到现场出示预约二维码'],
  skippedItems: [],
  changeDeadline: at('2026-12-02', '08:00'),
  canChange: true,
  bookedAt: at('2026-11-29', '10:00'),
  checkedInAt: null,
  ...overrides,
});

export const plan = (overrides: Record<string, unknown> = {}) => ({
  id: 'hp-1',
  title: '冬季骑手免费健康体检',
  provider: '青山区康宁医院体检中心',
  union: { id: 'u1', name: '青山区美团外卖长青站点工会' },
  items: ['bloodRoutine', 'liverFunction', 'ecg', 'chestDr'],
  preparation: ['请带本人身份证，到现场出示预约二维码'],
  sites,
  firstDay: '2026-12-03',
  lastDay: '2026-12-04',
  cutoffHours: 24,
  eligibility: { occupations: [], ageMin: 18, ageMax: 60 },
  eligible: true,
  ineligibleReason: null,
  window: { state: 'open', tier: 'priority', opensAt: 0, closesAt: at('2026-12-05', '00:00'), message: '你近12个月没有做过体检，可以优先预约' },
  asksPregnancy: false,
  myBooking: null,
  ...overrides,
});

export const slot = (id: string, day: string, start: string, end: string, overrides: Record<string, unknown> = {}) => ({
  id,
  siteId: id.includes('_s2_') ? 's2' : 's1',
  day,
  startsAt: at(day, start),
  endsAt: at(day, end),
  capacity: 6,
  remaining: 4,
  open: true,
  mine: false,
  ...overrides,
});

export const busSlots = () => [
  slot('hp-1_s1_20261203_0800', '2026-12-03', '08:00', '08:30'),
  slot('hp-1_s1_20261203_0830', '2026-12-03', '08:30', '09:00', { remaining: 0 }),
  slot('hp-1_s1_20261204_0800', '2026-12-04', '08:00', '08:30'),
];

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const failure = (code: string, message: string, fields?: Record<string, string>) => ({ ok: false as const, error: { code, message, ...(fields ? { fields } : {}) } });
