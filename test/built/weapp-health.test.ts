import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled 体检 subpackage (dist/weapp) in Node: the plan page lists a site's slots, a tap picks
 * one, and 确认预约 sends the booking through wx.cloud with its requestId — the port boundary, nothing
 * else faked.
 */
const at = (day: string, clock: string) => Date.parse(`${day}T${clock}:00+08:00`);
const site = { id: 's1', name: '美团外卖长青站门口', address: '青山区长青路128号', kind: 'bus' };
const plan = {
  id: 'hp-1',
  title: '冬季骑手免费健康体检',
  provider: '青山区康宁医院体检中心',
  union: { id: 'u1', name: '青山区美团外卖长青站点工会' },
  items: ['bloodRoutine', 'ecg'],
  preparation: ['请带本人身份证，到现场出示预约二维码'],
  sites: [site],
  firstDay: '2026-12-03',
  lastDay: '2026-12-03',
  cutoffHours: 24,
  eligibility: { occupations: [], ageMin: null, ageMax: null },
  eligible: true,
  ineligibleReason: null,
  window: { state: 'open', tier: 'priority', opensAt: 0, closesAt: at('2026-12-04', '00:00'), message: '你近12个月没有做过体检，可以优先预约' },
  asksPregnancy: false,
  myBooking: null,
};
const slot = (start: string, end: string, remaining: number) => ({
  id: `hp-1_s1_20261203_${start.replace(':', '')}`,
  siteId: 's1',
  day: '2026-12-03',
  startsAt: at('2026-12-03', start),
  endsAt: at('2026-12-03', end),
  capacity: 6,
  remaining,
  open: true,
  mine: false,
});

const answer: CloudAnswer = (name, { action }) => {
  if (name === 'health' && action === 'plans') return { ok: true, data: { now: 0, items: [plan] } };
  if (name === 'health' && action === 'slots') return { ok: true, data: { now: 0, site, slots: [slot('08:00', '08:30', 3), slot('08:30', '09:00', 0)] } };
  if (name === 'health' && action === 'book') return { ok: true, data: { id: 'hp-1_w', planId: 'hp-1', status: 'booked', code: 'K7M2Q9XD' } };
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness: 体检', () => {
  const weapp = startWeapp(answer);

  it('renders 体检预约 with the plan and what the worker can do now', async () => {
    const home = await weapp.openPage('packages/health/index');
    expect(textOf(home.data.root)).toContain('冬季骑手免费健康体检');
    expect(textOf(weapp.the(home, 'nx-plan-window'))).toBe('你近12个月没有做过体检，可以优先预约');
  });

  it('lists the slots with seats left, picks one with a tap and sends the booking with a requestId', async () => {
    const page = await weapp.openPage('packages/health/plan', { planId: 'hp-1' });
    const seats = findAll(page.data.root, hasClass('nx-slot__seats')).map(textOf);
    expect(seats).toEqual(['剩3个', '已约满']);
    const first = findAll(page.data.root, hasClass('nx-health-slot'))[0];
    await weapp.tap(page, first);
    expect(textOf(weapp.the(page, 'nx-hplan-chosen'))).toBe('你选的是：12月3日 周四 08:00-08:30，美团外卖长青站门口');
    await weapp.tap(page, weapp.the(page, 'nx-health-consent'));
    await weapp.tap(page, weapp.the(page, 'nx-hplan-submit'));
    const booked = weapp.cloudCalls.filter((call) => call.name === 'health' && (call.data as { action: string }).action === 'book');
    expect(booked).toEqual([
      {
        name: 'health',
        data: {
          action: 'book',
          data: { planId: 'hp-1', slotId: 'hp-1_s1_20261203_0800', consent: { version: expect.any(String), health: true } },
          requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
        },
      },
    ]);
    expect(weapp.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/health/booking?planId=hp-1&done=booked' });
  });
});
