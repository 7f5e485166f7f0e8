import { shanghaiTime } from '@core/rules/health-booking';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { healthPersonalData } from '../../../cloudfunctions/health/personal-data';
import { takeSeat } from '../../../cloudfunctions/health/seats';
import { runHealthSweep } from '../../../cloudfunctions/health/sweep';
import { addMember, bookInput, createPlanWithSlots, planDays, planInput, slotOf } from '../../support/health';
import { createWorld, people, type World } from '../../support/world';

/** The hourly sweep, driven by the world's clock: reminders the evening before, 未到 after midnight. */
describe('health sweep', () => {
  let world: World;
  let planId: string;
  const sweep = () => runHealthSweep(world.ports);
  const reminders = async () => (await world.ports.store.find(Outbox, { where: { template: 'healthReminder' }, orderBy: [['at', 'asc']], limit: 100 })).items;

  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    await addMember(world, 'w-a', 11);
    await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00')), 'member');
    await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[1], '08:00')), 'w-a');
  });
  afterEach(() => world.close());

  it('reminds each worker once, from 18:00 the evening before, with time, place and what to bring', async () => {
    world.clock.set(shanghaiTime('2026-12-02', '17:59'));
    expect(await sweep()).toEqual({ reminded: 0, markedNoShow: 0, seatsRepaired: 0 });
    world.clock.set(shanghaiTime('2026-12-02', '18:00'));
    expect(await sweep()).toEqual({ reminded: 1, markedNoShow: 0, seatsRepaired: 0 });
    expect(await reminders()).toEqual([
      expect.objectContaining({
        openid: people.member,
        page: `packages/health/booking?planId=${planId}`,
        data: {
          plan: '长青骑手冬季免费体检',
          time: '12月3日 08:00-08:30',
          place: '流动体检车·长青站点（青山区长青路128号站点门口）',
          note: '明天需要空腹，请带身份证',
        },
      }),
    ]);
    world.clock.set(shanghaiTime('2026-12-02', '19:00'));
    expect(await sweep()).toEqual({ reminded: 0, markedNoShow: 0, seatsRepaired: 0 });
    // The timer was down that evening: the catch-up run the next morning says 今天.
    world.clock.set(shanghaiTime('2026-12-04', '07:10'));
    expect(await sweep()).toMatchObject({ reminded: 1 });
    expect((await reminders()).map((message) => [message.openid, message.data.note])).toEqual([
      [people.member, '明天需要空腹，请带身份证'],
      ['w-a', '今天需要空腹，请带身份证'],
    ]);
  });

  it('reminds again after a move to another day', async () => {
    world.clock.set(shanghaiTime('2026-12-01', '18:00'));
    await world.call('health', 'move', { planId, slotId: slotOf(planId, 's1', planDays[1], '08:30') }, 'member');
    world.clock.set(shanghaiTime('2026-12-02', '18:00'));
    expect(await sweep()).toEqual({ reminded: 0, markedNoShow: 0, seatsRepaired: 0 });
    world.clock.set(shanghaiTime('2026-12-03', '18:00'));
    expect(await sweep()).toEqual({ reminded: 2, markedNoShow: 0, seatsRepaired: 0 });
  });

  it('marks bookings nobody checked in as 未到 after midnight, with the tallies, and only once', async () => {
    world.clock.set(shanghaiTime('2026-12-03', '23:59'));
    expect(await sweep()).toMatchObject({ markedNoShow: 0 });
    world.clock.set(shanghaiTime('2026-12-04', '00:05'));
    expect(await sweep()).toMatchObject({ markedNoShow: 1 });
    expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'noShow', noShowAt: world.clock.now() });
    expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[0], '08:00'))).toMatchObject({ booked: 1, noShow: 1 });
    expect(await world.ports.store.get(Counters, 'health:g1:rider:2026-12')).toMatchObject({ noShow: 1 });
    expect(await sweep()).toMatchObject({ markedNoShow: 0 });
    world.clock.set(shanghaiTime('2026-12-05', '00:05'));
    expect(await sweep()).toMatchObject({ markedNoShow: 1 });
  });

  it('leaves checked-in and cancelled bookings alone', async () => {
    world.clock.set(shanghaiTime('2026-12-01', '12:00'));
    await world.call('health', 'cancel', { planId }, 'w-a');
    world.clock.set(shanghaiTime(planDays[0], '07:55'));
    const booking = await world.ports.store.get(Bookings, `${planId}_${people.member}`);
    await world.call('health', 'checkIn', { planId, siteId: 's1', code: booking!.code }, 'staffHere');
    world.clock.set(shanghaiTime('2026-12-06', '00:05'));
    expect(await sweep()).toEqual({ reminded: 0, markedNoShow: 0, seatsRepaired: 0 });
  });

  it('makes a no-show wait for the last days of the next plan: they lose their place next time', async () => {
    world.clock.set(shanghaiTime('2026-12-04', '00:05'));
    await sweep();
    const created = await world.call<{ id: string }>('health', 'createPlan', planInput({ firstDay: '2026-12-20', lastDay: '2026-12-24', opensAt: world.clock.now(), lateDays: 2 }), 'admin');
    const next = created.ok ? created.data.id : '';
    const plans = await world.call<{ items: Array<{ id: string; window: { state: string; tier: string } }> }>('health', 'plans', {}, 'member');
    expect(plans.ok && plans.data.items.find((plan) => plan.id === next)?.window).toMatchObject({ state: 'notYet', tier: 'late' });
    const others = await world.call<{ items: Array<{ id: string; window: { state: string; tier: string } }> }>('health', 'plans', {}, 'w-a');
    expect(others.ok && others.data.items.find((plan) => plan.id === next)?.window).toMatchObject({ state: 'open', tier: 'priority' });
  });

  it('gives back a seat taken by a booking that was never written, once the slot has been quiet for 10 minutes', async () => {
    const slotId = slotOf(planId, 's2', planDays[0], '09:00');
    world.clock.set(shanghaiTime('2026-12-01', '10:00'));
    // What a function that died between its two writes leaves: the seat taken, no booking.
    expect(await takeSeat(world.ports.store, slotId, world.clock.now())).toBe(true);
    // And a booking that went through at the same time, in another slot.
    await addMember(world, 'w-b', 13);
    expect(await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[1], '08:30')), 'w-b')).toMatchObject({ ok: true });
    expect(await world.ports.store.get(HealthSlots, slotId)).toMatchObject({ booked: 1, remaining: 4 });

    world.clock.set(shanghaiTime('2026-12-01', '10:05'));
    expect(await sweep()).toMatchObject({ seatsRepaired: 0 });
    world.clock.set(shanghaiTime('2026-12-01', '10:11'));
    expect(await sweep()).toMatchObject({ seatsRepaired: 1 });
    expect(await world.ports.store.get(HealthSlots, slotId)).toMatchObject({ booked: 0, remaining: 5 });
    world.clock.set(shanghaiTime('2026-12-01', '11:15'));
    expect(await sweep()).toMatchObject({ seatsRepaired: 0 });
    // A slot whose seats match its bookings is counted and left as it was.
    expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[1], '08:30'))).toMatchObject({ booked: 1, remaining: 1 });
  });

  it('leaves a slot that has started alone, even when a worker who came has since erased their data', async () => {
    const slotId = slotOf(planId, 's1', planDays[0], '08:00');
    world.clock.set(shanghaiTime(planDays[0], '07:55'));
    const booking = await world.ports.store.get(Bookings, `${planId}_${people.member}`);
    await world.call('health', 'checkIn', { planId, siteId: 's1', code: booking!.code }, 'staffHere');
    await healthPersonalData.eraseFor(people.member, world.ports);
    world.clock.set(shanghaiTime(planDays[0], '08:10'));
    expect(await sweep()).toMatchObject({ seatsRepaired: 0 });
    expect(await world.ports.store.get(HealthSlots, slotId)).toMatchObject({ booked: 1, checkedIn: 1 });
  });
});
