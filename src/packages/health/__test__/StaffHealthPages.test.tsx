import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import StaffCheckInPage from '../staff/checkin';
import StaffHealthStatsPage from '../staff/stats';
import { failure, ok, plan, sites } from './fixtures';

const at = (day: string, clock: string) => Date.parse(`${day}T${clock}:00+08:00`);
const staffPlan = () => ({ ...plan(), opensAt: 0, priorityDays: 3, lateDays: 2, closesAt: 0, createdAt: 0 });
const mount = (page: JSX.Element, params: Record<string, string>) => renderPage(page, params);

describe('StaffCheckInPage', () => {
  beforeEach(() => taroTest.reset());

  const arrival = {
    bookingId: 'hp-1_w',
    name: '李明辉',
    idMasked: '420107********0314',
    occupation: 'rider',
    site: sites[0],
    slot: { startsAt: at('2026-12-03', '08:00'), endsAt: at('2026-12-03', '08:30') },
    checkedInAt: at('2026-12-03', '07:55'),
    late: false,
    skippedItems: ['chestDr'],
  };

  it('asks for the site first, then checks in a typed code and shows whom to compare with the ID card', async () => {
    const api = installFakeApi({
      'health.managedPlans': () => ok({ now: 0, today: '2026-12-03', items: [staffPlan()] }),
      'health.checkIn': () => ok(arrival),
    });
    const { container } = await mount(<StaffCheckInPage />, { planId: 'hp-1' });
    expect(container.querySelector('.nx-hcheckin-code')).toBeNull();
    await tap(container.querySelector('#nx-site-s1'));
    await typeInto(container.querySelector('.nx-hcheckin-code input'), 'k7m2-q9xd');
    await tap(container.querySelector('.nx-hcheckin-submit'));

    expect(api.callsTo('health.checkIn')[0].data).toEqual({ planId: 'hp-1', siteId: 's1', code: 'k7m2-q9xd' });
    expect(container.querySelector('.nx-hcheckin-name')?.textContent).toBe('李明辉');
    expect(container.querySelector('.nx-hcheckin-ok')?.textContent).toContain('请核对身份证：420107********0314');
    expect(container.querySelector('.nx-hcheckin-skip')?.textContent).toBe('请告诉医生，这次不做：胸部DR');
    expect(container.querySelector('.nx-hcheckin-arrived')?.textContent).toContain('刚才签到的（1人）');
    expect((container.querySelector('.nx-hcheckin-code input') as HTMLInputElement).value).toBe('');
    // The site is remembered for the rest of the day.
    expect(taroTest.storage.get('nuanxin.health.checkinSite.hp-1')).toBe('s1');
  });

  it('shows why a code was refused, in the words the server used', async () => {
    installFakeApi({
      'health.managedPlans': () => ok({ now: 0, today: '2026-12-03', items: [staffPlan()] }),
      'health.checkIn': () => failure('HEALTH.WRONG_DAY', '这个预约是12月4日 08:00的，不是今天'),
    });
    taroTest.storage.set('nuanxin.health.checkinSite.hp-1', 's1');
    const { container } = await mount(<StaffCheckInPage />, { planId: 'hp-1' });
    await typeInto(container.querySelector('.nx-hcheckin-code input'), 'K7M2Q9XD');
    await tap(container.querySelector('.nx-hcheckin-submit'));
    expect(container.querySelector('.nx-hcheckin-fail')?.textContent).toBe('没有签到这个预约是12月4日 08:00的，不是今天');
  });
});

describe('StaffHealthStatsPage', () => {
  beforeEach(() => taroTest.reset());

  const slot = (id: string, overrides: Record<string, unknown>) => ({
    id,
    siteId: 's1',
    day: '2026-12-03',
    startsAt: at('2026-12-03', '08:00'),
    endsAt: at('2026-12-03', '08:30'),
    capacity: 6,
    remaining: 3,
    open: true,
    booked: 3,
    checkedIn: 1,
    noShow: 0,
    ended: true,
    ...overrides,
  });
  const stats = (marked: boolean) => ({
    plan: staffPlan(),
    now: 0,
    totals: { capacity: 12, booked: 4, checkedIn: 1, noShow: marked ? 2 : 0 },
    sites: [{ siteId: 's1', capacity: 12, booked: 4, checkedIn: 1, noShow: marked ? 2 : 0 }],
    slots: [slot('a', { noShow: marked ? 2 : 0 }), slot('b', { startsAt: at('2026-12-03', '08:30'), endsAt: at('2026-12-03', '09:00'), booked: 1, checkedIn: 0, ended: false })],
    occupations: [{ occupation: 'rider', booked: 4, checkedIn: 1, noShow: marked ? 2 : 0 }],
  });

  it('shows the totals, each occupation and each slot, and marks no-shows of an ended slot after confirming', async () => {
    let marked = false;
    const api = installFakeApi({
      'health.planStats': () => ok(stats(marked)),
      'health.markNoShow': () => {
        marked = true;
        return ok({ slotId: 'a', marked: 2, slot: slot('a', { noShow: 2 }) });
      },
    });
    const { container } = await mount(<StaffHealthStatsPage />, { planId: 'hp-1' });
    expect(container.querySelector('#nx-hstats-checked-in .nx-hstat__number')?.textContent).toBe('1');
    expect(container.querySelector('#nx-hstats-occupation-rider')?.textContent).toBe('外卖骑手约4 · 到1 · 未到0');
    expect(container.querySelector('#nx-hstats-slot-b .nx-hstats-mark')).toBeNull();
    await tap(container.querySelector('#nx-hstats-slot-a .nx-hstats-mark'));
    expect(api.callsTo('health.markNoShow')).toHaveLength(0);
    await tap(screen.getByText('标记未到', { selector: '.nut-dialog-footer-ok, .nut-dialog-footer-ok *' }));
    expect(api.callsTo('health.markNoShow')[0].data).toEqual({ slotId: 'a' });
    expect(screen.getByText('已把2人标记为未到')).toBeTruthy();
    expect(container.querySelector('#nx-hstats-slot-a .nx-hstats-mark')).toBeNull();
  });
});
