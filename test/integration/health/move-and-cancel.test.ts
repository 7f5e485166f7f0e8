import type { BookingView } from '@core/contracts/health-fields';
import { shanghaiTime } from '@core/rules/health-booking';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthPlans } from '../../../cloudfunctions/common/collections/health-plans.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { addMember, bookInput, createPlanWithSlots, planDays, slotOf } from '../../support/health';
import { createWorld, people, type World } from '../../support/world';

describe('health.move and health.cancel', () => {
  let world: World;
  let planId: string;
  let busFirst: string;
  let busSecond: string;
  let hospital: string;
  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    busFirst = slotOf(planId, 's1', planDays[0], '08:00');
    busSecond = slotOf(planId, 's1', planDays[1], '08:30');
    hospital = slotOf(planId, 's2', planDays[0], '09:00');
    const booked = await world.call('health', 'book', bookInput(planId, busFirst), 'member');
    if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  });
  afterEach(() => world.close());

  const seats = async () =>
    Object.fromEntries(
      (await world.ports.store.find(HealthSlots, { where: { planId }, limit: 100 })).items.map((slot) => [slot._id.slice(-16), `${slot.booked}/${slot.capacity}`]),
    );

  it('moves the booking to another place and day: the new seat is taken, the old one returns', async () => {
    const moved = await world.call<BookingView>('health', 'move', { planId, slotId: hospital }, 'member');
    expect(moved).toMatchObject({ ok: true, data: { status: 'booked', site: { id: 's2' }, slot: { id: hospital } } });
    expect(await seats()).toMatchObject({ s1_20261203_0800: '0/2', s2_20261203_0900: '1/5' });
    const stored = await world.ports.store.get(Bookings, `${planId}_${people.member}`);
    expect(stored).toMatchObject({ slotId: hospital, siteId: 's2', slotStartsAt: shanghaiTime(planDays[0], '09:00'), reminded: false, moves: 1 });
    // Counters count bookings, not slots: a move leaves them as they were.
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 1 });
  });

  it('keeps the booking where it was when the new slot is full', async () => {
    await addMember(world, 'w-a', 11);
    await addMember(world, 'w-b', 13);
    await world.call('health', 'book', bookInput(planId, busSecond), 'w-a');
    await world.call('health', 'book', bookInput(planId, busSecond), 'w-b');
    const before = { seats: await seats(), booking: await world.ports.store.get(Bookings, `${planId}_${people.member}`) };
    expect(await world.call('health', 'move', { planId, slotId: busSecond }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'HEALTH.SLOT_FULL', fields: { slotId: expect.any(String) } },
    });
    expect({ seats: await seats(), booking: await world.ports.store.get(Bookings, `${planId}_${people.member}`) }).toEqual(before);
  });

  it('does nothing for a move to the slot the booking is already in', async () => {
    const before = await seats();
    expect(await world.call('health', 'move', { planId, slotId: busFirst }, 'member')).toMatchObject({ ok: true, data: { slot: { id: busFirst } } });
    expect(await seats()).toEqual(before);
  });

  it('refuses to move or cancel within the cut-off, saying until when it could', async () => {
    world.clock.set(shanghaiTime('2026-12-02', '08:00'));
    const before = { seats: await seats(), snapshot: await world.snapshot() };
    const message = '体检开始前24小时内不能再改期或取消（截止到12月2日 08:00）。如果去不了，请联系工会';
    expect(await world.call('health', 'move', { planId, slotId: hospital }, 'member')).toEqual({ ok: false, error: { code: 'HEALTH.CHANGE_TOO_LATE', message } });
    expect(await world.call('health', 'cancel', { planId }, 'member')).toEqual({ ok: false, error: { code: 'HEALTH.CHANGE_TOO_LATE', message } });
    expect({ seats: await seats(), snapshot: await world.snapshot() }).toEqual(before);
  });

  it('refuses a move into a slot of another plan or into a closed slot', async () => {
    expect(await world.call('health', 'move', { planId, slotId: 'hp-x_s1_20261203_0800' }, 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.SLOT_NOT_FOUND' } });
    await world.call('health', 'updateSlot', { slotId: hospital, open: false }, 'admin');
    expect(await world.call('health', 'move', { planId, slotId: hospital }, 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.SLOT_CLOSED' } });
    expect(await seats()).toMatchObject({ s1_20261203_0800: '1/2', s2_20261203_0900: '0/5' });
  });

  it('cancels: the seat returns at once, the counters drop, and someone else can take it', async () => {
    const cancelled = await world.call<BookingView>('health', 'cancel', { planId }, 'member');
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled', canChange: false } });
    expect(await seats()).toMatchObject({ s1_20261203_0800: '0/2' });
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 0 });
    expect(await world.ports.store.get(Counters, 'health:g1:rider:2026-11')).toMatchObject({ booked: 0 });
    await addMember(world, 'w-a', 11);
    expect(await world.call('health', 'book', bookInput(planId, busFirst), 'w-a')).toMatchObject({ ok: true });
  });

  it('frees one seat when a cancellation is sent twice at once, and says the second had nothing to cancel', async () => {
    const results = await Promise.all([
      world.call('health', 'cancel', { planId }, 'member', 'cancel-tap-aaaa'),
      world.call('health', 'cancel', { planId }, 'member', 'cancel-tap-bbbb'),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code)).sort()).toEqual(['HEALTH.NO_BOOKING', 'ok']);
    expect(await seats()).toMatchObject({ s1_20261203_0800: '0/2' });
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 0 });
  });

  it('refuses to cancel or move a booking already checked in', async () => {
    world.clock.set(shanghaiTime(planDays[0], '07:55'));
    const booking = await world.ports.store.get(Bookings, `${planId}_${people.member}`);
    await world.call('health', 'checkIn', { planId, siteId: 's1', code: booking!.code }, 'staffHere');
    // A generous plan (no cut-off) still cannot undo a check that happened.
    await world.ports.store.update(HealthPlans, planId, { $set: { cutoffHours: 0 } });
    expect(await world.call('health', 'cancel', { planId }, 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.BOOKING_FINISHED' } });
    expect(await world.call('health', 'move', { planId, slotId: hospital }, 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.BOOKING_FINISHED' } });
  });

  it('refuses to cancel or move when there is no booking', async () => {
    await addMember(world, 'w-a', 11);
    expect(await world.call('health', 'cancel', { planId }, 'w-a')).toMatchObject({ ok: false, error: { code: 'HEALTH.NO_BOOKING' } });
    expect(await world.call('health', 'move', { planId, slotId: hospital }, 'w-a')).toMatchObject({ ok: false, error: { code: 'HEALTH.NO_BOOKING' } });
  });

  it('never overbooks the last seat when a move and new bookings race for it', async () => {
    await world.call('health', 'updateSlot', { slotId: hospital, capacity: 1 }, 'admin');
    for (const [openid, serial] of [['w-a', 11], ['w-b', 13], ['w-c', 15]] as const) await addMember(world, openid, serial);
    const results = await Promise.all([
      world.call('health', 'move', { planId, slotId: hospital }, 'member'),
      world.call('health', 'book', bookInput(planId, hospital), 'w-a'),
      world.call('health', 'book', bookInput(planId, hospital), 'w-b'),
      world.call('health', 'book', bookInput(planId, hospital), 'w-c'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const slots = (await world.ports.store.find(HealthSlots, { where: { planId }, limit: 100 })).items;
    const holders = (await world.ports.store.find(Bookings, { where: { planId, status: 'booked' }, limit: 100 })).items;
    for (const slot of slots) {
      expect({ slot: slot._id, booked: slot.booked }).toEqual({ slot: slot._id, booked: holders.filter((booking) => booking.slotId === slot._id).length });
      expect(slot.booked).toBeLessThanOrEqual(slot.capacity);
      expect(slot.booked + slot.remaining).toBe(slot.capacity);
    }
  });
});
