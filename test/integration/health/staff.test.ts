import type { CheckInView, PlanStats, StaffPlanView, StaffSlotView } from '@core/contracts/health.contract';
import { shanghaiTime } from '@core/rules/health-booking';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthPlans } from '../../../cloudfunctions/common/collections/health-plans.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { addMember, bookInput, createPlanWithSlots, planDays, planInput, slotOf } from '../../support/health';
import { createWorld, people, type World } from '../../support/world';

describe('health staff actions', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  describe('createPlan', () => {
    it('creates a plan for a union in the admin’s subtree, with an audit record', async () => {
      const created = await world.call<StaffPlanView>('health', 'createPlan', planInput({ unionId: 'street' }), 'admin');
      expect(created).toMatchObject({
        ok: true,
        data: { union: { id: 'street', name: '长青街道总工会' }, sites: [{ id: 's1' }, { id: 's2' }], closesAt: shanghaiTime('2026-12-05'), cutoffHours: 24 },
      });
      const id = created.ok ? created.data.id : '';
      expect(await world.ports.store.get(HealthPlans, id)).toMatchObject({ unionPath: '/root/street/', endsAt: shanghaiTime('2026-12-05') });
      expect((await world.ports.store.find(Audit, { where: { 'target.id': id } })).items).toEqual([
        expect.objectContaining({ action: 'health.createPlan', actorOpenid: people.admin, summary: '新建体检计划：长青骑手冬季免费体检' }),
      ]);
    });

    it('refuses a union outside the admin’s subtree and an unknown union, writing nothing', async () => {
      await world.ports.store.insert(Staff, {
        _id: 's-g2admin:g2', openid: 's-g2admin', unionId: 'g2', unionPath: '/root/industry/g2/', unionName: '货运司机联合工会', roles: ['admin'], grantedAt: 0, grantedBy: 'test',
      });
      const before = await world.snapshot();
      expect(await world.call('health', 'createPlan', planInput({ unionId: 'g1' }), 's-g2admin')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect(await world.call('health', 'createPlan', planInput({ unionId: 'nowhere' }), 'admin')).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND', fields: { unionId: expect.any(String) } } });
      expect(await world.snapshot()).toEqual(before);
    });

    it('refuses dates in the wrong order or a booking that opens after the last day, naming the field', async () => {
      expect(await world.call('health', 'createPlan', planInput({ firstDay: '2026-12-05', lastDay: '2026-12-03' }), 'admin')).toMatchObject({
        ok: false,
        error: { code: 'INPUT.INVALID', fields: { lastDay: '结束日期不能早于开始日期' } },
      });
      expect(await world.call('health', 'createPlan', planInput({ opensAt: shanghaiTime('2026-12-06') }), 'admin')).toMatchObject({
        ok: false,
        error: { code: 'INPUT.INVALID', fields: { opensAt: '开始预约的时间要早于最后一天' } },
      });
    });
  });

  describe('generateSlots and updateSlot', () => {
    let planId: string;
    beforeEach(async () => {
      planId = await createPlanWithSlots(world);
    });

    it('adds only what is missing when the same pattern is applied again', async () => {
      const again = await world.call<{ created: number; existing: number; slots: StaffSlotView[] }>('health', 'generateSlots', {
        planId, siteId: 's1', days: [...planDays], times: [{ start: '08:00', end: '08:30' }, { start: '08:30', end: '09:00' }, { start: '09:00', end: '09:30' }], capacity: 2,
      }, 'admin');
      expect(again).toMatchObject({ ok: true, data: { created: 2, existing: 4 } });
      expect(await world.ports.store.count(HealthSlots, { planId, siteId: 's1' })).toBe(6);
    });

    it.each([
      ['a day outside the plan', { days: ['2026-12-06'] }, 'HEALTH.DAY_OUTSIDE_PLAN', 'days'],
      ['a range overlapping an existing slot', { times: [{ start: '08:15', end: '08:45' }] }, 'HEALTH.SLOT_OVERLAP', 'times'],
      ['a site the plan does not have', { siteId: 's7' }, 'HEALTH.SITE_NOT_FOUND', 'siteId'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, extra, code, field) => {
      const before = await world.snapshot();
      const input = { planId, siteId: 's1', days: [planDays[0]], times: [{ start: '13:00', end: '13:30' }], capacity: 3, ...extra };
      expect(await world.call('health', 'generateSlots', input, 'admin')).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } });
      expect(await world.snapshot()).toEqual(before);
    });

    it('keeps a site to 100 slots, so a worker sees them all at once', async () => {
      const week = await createPlanWithSlots(world, { lastDay: '2026-12-09' });
      const days = ['2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09'];
      const times = Array.from({ length: 14 }, (_, i) => ({ start: `${String(i + 9).padStart(2, '0')}:00`, end: `${String(i + 9).padStart(2, '0')}:30` }));
      const before = await world.snapshot();
      expect(await world.call('health', 'generateSlots', { planId: week, siteId: 's1', days, times, capacity: 1 }, 'admin')).toEqual({
        ok: false,
        error: { code: 'HEALTH.TOO_MANY_SLOTS', message: expect.any(String), fields: { days: '这个地点已有4个时段，最多100个' } },
      });
      expect(await world.snapshot()).toEqual(before);
    });

    it('raises a slot’s capacity, and will not lower it below the seats booked', async () => {
      const slotId = slotOf(planId, 's1', planDays[0], '08:00');
      await addMember(world, 'w-a', 11);
      await world.call('health', 'book', bookInput(planId, slotId), 'member');
      await world.call('health', 'book', bookInput(planId, slotId), 'w-a');
      expect(await world.call('health', 'updateSlot', { slotId, capacity: 1 }, 'admin')).toEqual({
        ok: false,
        error: { code: 'HEALTH.CAPACITY_BELOW_BOOKED', message: '已经有2人预约了这个时段，名额不能少于2', fields: { capacity: '至少2个' } },
      });
      expect(await world.call('health', 'updateSlot', { slotId, capacity: 4 }, 'admin')).toMatchObject({ ok: true, data: { capacity: 4, booked: 2, remaining: 2 } });
      expect((await world.ports.store.find(Audit, { where: { 'target.id': slotId } })).items).toEqual([expect.objectContaining({ summary: '修改时段：名额 2 → 4' })]);
    });

    it('refuses staff of another union and non-admins', async () => {
      const slotId = slotOf(planId, 's1', planDays[0], '08:00');
      expect(await world.call('health', 'updateSlot', { slotId, capacity: 9 }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect(await world.call('health', 'generateSlots', { planId, siteId: 's2', days: [planDays[1]], times: [{ start: '13:00', end: '14:00' }], capacity: 1 }, 'staffElsewhere')).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      });
    });
  });

  describe('managedPlans', () => {
    it('lists only the plans in the staff member’s subtrees, with the server’s date', async () => {
      const here = await createPlanWithSlots(world);
      const elsewhere = await createPlanWithSlots(world, { unionId: 'g2', title: '货运司机体检' });
      const mine = await world.call<{ today: string; items: StaffPlanView[] }>('health', 'managedPlans', {}, 'staffHere');
      expect(mine).toMatchObject({ ok: true, data: { today: '2026-11-29', items: [{ id: here }] } });
      expect(mine.ok && mine.data.items).toHaveLength(1);
      const all = await world.call<{ items: StaffPlanView[] }>('health', 'managedPlans', {}, 'admin');
      expect(all.ok && all.data.items.map((plan) => plan.id).sort()).toEqual([here, elsewhere].sort());
    });
  });

  describe('checkIn', () => {
    let planId: string;
    let code: string;
    beforeEach(async () => {
      planId = await createPlanWithSlots(world);
      const booked = await world.call<{ code: string }>('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00')), 'member');
      code = booked.ok ? booked.data.code : '';
      world.clock.set(shanghaiTime(planDays[0], '07:50'));
    });

    it('checks the worker in by the typed code (any case, with a dash) once, with counters and an audit record', async () => {
      const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
      const result = await world.call<CheckInView>('health', 'checkIn', { planId, siteId: 's1', code: typed }, 'staffHere');
      expect(result).toEqual({
        ok: true,
        data: {
          bookingId: `${planId}_${people.member}`,
          name: '王会员',
          idMasked: expect.stringMatching(/^530321\*{8}\d{3}[\dX]$/),
          occupation: 'rider',
          site: expect.objectContaining({ id: 's1' }),
          slot: { startsAt: shanghaiTime(planDays[0], '08:00'), endsAt: shanghaiTime(planDays[0], '08:30') },
          checkedInAt: world.clock.now(),
          late: false,
          skippedItems: [],
        },
      });
      expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[0], '08:00'))).toMatchObject({ booked: 1, checkedIn: 1 });
      expect(await world.ports.store.get(Counters, 'health:g1:rider:2026-12')).toMatchObject({ checkedIn: 1 });
      expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 1, checkedIn: 1 });
      expect(await world.ports.store.count(Audit, { action: 'health.checkIn' })).toBe(1);

      const before = await world.snapshot();
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code: `nuanxin:health:${code}` }, 'admin')).toEqual({
        ok: false,
        error: { code: 'HEALTH.ALREADY_CHECKED_IN', message: '这个预约已经在12月3日 07:50签到过了' },
      });
      expect(await world.snapshot()).toEqual(before);
    });

    it('refuses another site, another day, an unknown code and a cancelled booking — saying which', async () => {
      expect(await world.call('health', 'checkIn', { planId, siteId: 's2', code }, 'staffHere')).toEqual({
        ok: false,
        error: { code: 'HEALTH.WRONG_SITE', message: '这个预约在“流动体检车·长青站点”，不在这里' },
      });
      world.clock.set(shanghaiTime('2026-12-02', '08:00'));
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code }, 'staffHere')).toEqual({
        ok: false,
        error: { code: 'HEALTH.WRONG_DAY', message: '这个预约是12月3日 08:00的，不是今天' },
      });
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code: '23456789' }, 'staffHere')).toMatchObject({
        ok: false,
        error: { code: 'HEALTH.CODE_NOT_FOUND', fields: { code: '没有这个预约码' } },
      });
      world.clock.set(shanghaiTime('2026-11-30', '12:00'));
      expect(await world.call('health', 'cancel', { planId }, 'member')).toMatchObject({ ok: true });
      world.clock.set(shanghaiTime(planDays[0], '08:00'));
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'HEALTH.BOOKING_CANCELLED' } });
      expect(await world.ports.store.count(Audit, { action: 'health.checkIn' })).toBe(0);
    });

    it('refuses staff of another union', async () => {
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    });

    it('tells the site which items to leave out, never the answer itself', async () => {
      await addMember(world, 'w-woman', 2);
      world.clock.set(shanghaiTime('2026-11-30', '09:00'));
      const booked = await world.call<{ code: string }>('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:30'), { mayBePregnant: true }), 'w-woman');
      world.clock.set(shanghaiTime(planDays[0], '08:20'));
      const result = await world.call<CheckInView>('health', 'checkIn', { planId, siteId: 's1', code: booked.ok ? booked.data.code : '' }, 'staffHere');
      expect(result).toMatchObject({ ok: true, data: { skippedItems: ['chestDr'] } });
      expect(JSON.stringify(result)).not.toMatch(/pregnan|怀孕/i);
    });

    it('checks in a worker marked 未到 who turns up later that day, and moves the tallies with them', async () => {
      world.clock.set(shanghaiTime(planDays[0], '08:40'));
      expect(await world.call('health', 'markNoShow', { slotId: slotOf(planId, 's1', planDays[0], '08:00') }, 'staffHere')).toMatchObject({ ok: true, data: { marked: 1 } });
      expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ noShow: 1 });
      world.clock.set(shanghaiTime(planDays[0], '10:15'));
      expect(await world.call('health', 'checkIn', { planId, siteId: 's1', code }, 'staffHere')).toMatchObject({ ok: true, data: { late: true } });
      expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[0], '08:00'))).toMatchObject({ checkedIn: 1, noShow: 0 });
      expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ checkedIn: 1, noShow: 0 });
    });
  });

  describe('markNoShow and planStats', () => {
    let planId: string;
    beforeEach(async () => {
      planId = await createPlanWithSlots(world);
      await addMember(world, 'w-courier', 21, 'g1', 'courier');
      await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00')), 'member');
      await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00')), 'w-courier');
    });

    it('waits until the slot has ended', async () => {
      world.clock.set(shanghaiTime(planDays[0], '08:29'));
      expect(await world.call('health', 'markNoShow', { slotId: slotOf(planId, 's1', planDays[0], '08:00') }, 'staffHere')).toMatchObject({
        ok: false,
        error: { code: 'HEALTH.SLOT_NOT_ENDED' },
      });
    });

    it('marks everyone not checked in, once, and the stats show it by slot, site and occupation', async () => {
      world.clock.set(shanghaiTime(planDays[0], '08:05'));
      const booking = await world.ports.store.get(Bookings, `${planId}_${people.member}`);
      await world.call('health', 'checkIn', { planId, siteId: 's1', code: booking!.code }, 'staffHere');
      world.clock.set(shanghaiTime(planDays[0], '08:31'));
      const slotId = slotOf(planId, 's1', planDays[0], '08:00');
      expect(await world.call('health', 'markNoShow', { slotId }, 'staffHere')).toMatchObject({ ok: true, data: { marked: 1, slot: { booked: 2, checkedIn: 1, noShow: 1, ended: true } } });
      expect(await world.call('health', 'markNoShow', { slotId }, 'staffHere')).toMatchObject({ ok: true, data: { marked: 0 } });
      expect(await world.ports.store.count(Audit, { action: 'health.markNoShow' })).toBe(1);

      const stats = await world.call<PlanStats>('health', 'planStats', { planId }, 'staffHere');
      expect(stats).toMatchObject({
        ok: true,
        data: {
          totals: { capacity: 13, booked: 2, checkedIn: 1, noShow: 1 },
          sites: [
            { siteId: 's1', capacity: 8, booked: 2, checkedIn: 1, noShow: 1 },
            { siteId: 's2', capacity: 5, booked: 0, checkedIn: 0, noShow: 0 },
          ],
          occupations: [
            { occupation: 'rider', booked: 1, checkedIn: 1, noShow: 0 },
            { occupation: 'courier', booked: 1, checkedIn: 0, noShow: 1 },
          ],
        },
      });
      expect(stats.ok && stats.data.slots[0]).toMatchObject({ id: slotId, booked: 2, checkedIn: 1, noShow: 1, ended: true });
    });

    it('keeps plan stats from staff of another union', async () => {
      expect(await world.call('health', 'planStats', { planId }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
      expect(await world.call('health', 'markNoShow', { slotId: slotOf(planId, 's1', planDays[0], '08:00') }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    });
  });
});
