import type { BookingView } from '@core/contracts/health-fields';
import { shanghaiTime } from '@core/rules/health-booking';
import { BookingCodes } from '../../../cloudfunctions/common/collections/booking-codes.collection';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { addMember, bookInput, createPlanWithSlots, pastBooking, planDays, slotOf } from '../../support/health';
import { createWorld, people, type World } from '../../support/world';

describe('health.book', () => {
  let world: World;
  let planId: string;
  let busFirst: string;
  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    busFirst = slotOf(planId, 's1', planDays[0], '08:00');
  });
  afterEach(() => world.close());

  const seatsOf = async (slotId: string) => {
    const slot = await world.ports.store.get(HealthSlots, slotId);
    return { booked: slot?.booked, remaining: slot?.remaining };
  };

  it('books a slot: the seat is taken, the booking has a code, a QR payload, what to bring and a change deadline', async () => {
    const result = await world.call<BookingView>('health', 'book', bookInput(planId, busFirst), 'member');
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({
        id: `${planId}_${people.member}`,
        status: 'booked',
        site: expect.objectContaining({ id: 's1', name: '流动体检车·长青站点' }),
        slot: { id: busFirst, startsAt: shanghaiTime(planDays[0], '08:00'), endsAt: shanghaiTime(planDays[0], '08:30') },
        code: expect.stringMatching(/^[2-9A-HJ-NP-Z]{8}$/),
        skippedItems: [],
        changeDeadline: shanghaiTime('2026-12-02', '08:00'),
        canChange: true,
        checkedInAt: null,
      }),
    });
    const booking = result.ok ? result.data : null;
    expect(booking?.qrPayload).toBe(`nuanxin:health:${booking?.code}`);
    expect(await seatsOf(busFirst)).toEqual({ booked: 1, remaining: 1 });
    expect(await world.ports.store.get(BookingCodes, `${planId}:${booking?.code}`)).toEqual({ _id: `${planId}:${booking?.code}`, bookingId: booking?.id, openid: people.member });
    expect(await world.ports.store.get(Counters, 'health:g1:rider:2026-11')).toMatchObject({ kind: 'health', booked: 1, unionPath: '/root/street/g1/' });
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ kind: 'healthPlan', booked: 1 });
    expect(await world.call('health', 'myBookings', {}, 'member')).toMatchObject({ ok: true, data: { items: [{ id: booking?.id, status: 'booked' }] } });
  });

  it('seals a woman’s answer to the pregnancy question and leaves the X-ray out of her check', async () => {
    await addMember(world, 'w-woman', 2);
    const result = await world.call<BookingView>('health', 'book', bookInput(planId, busFirst, { mayBePregnant: true }), 'w-woman');
    expect(result).toMatchObject({ ok: true, data: { skippedItems: ['chestDr'] } });
    const stored = await world.ports.store.get(Bookings, `${planId}_w-woman`);
    expect(stored?.answersCipher).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toContain('mayBePregnant');
    expect(JSON.parse(world.ports.pii.decrypt(stored!.answersCipher!))).toEqual({ mayBePregnant: true });
    expect(JSON.stringify(world.logs)).not.toContain('mayBePregnant');
  });

  it('refuses a woman who skipped the pregnancy question, naming the field, and writes nothing', async () => {
    await addMember(world, 'w-woman', 2);
    const before = await world.snapshot();
    const result = await world.call('health', 'book', bookInput(planId, busFirst), 'w-woman');
    expect(result).toMatchObject({ ok: false, error: { code: 'HEALTH.ANSWER_REQUIRED', fields: { mayBePregnant: '请选择是或否' } } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('keeps no answer to a question it did not ask', async () => {
    await world.call('health', 'book', bookInput(planId, busFirst, { mayBePregnant: false }), 'member');
    expect((await world.ports.store.get(Bookings, `${planId}_${people.member}`))?.answersCipher).toBeNull();
  });

  it.each([
    ['an outdated health notice', () => bookInput(planId, busFirst, { consent: { version: '2020-01-01', health: true } }), 'HEALTH.CONSENT_OUTDATED'],
    ['a plan that does not exist', () => bookInput('hp-none', busFirst), 'HEALTH.PLAN_NOT_FOUND'],
    ['a slot of another plan', () => bookInput(planId, 'hp-other_s1_20261203_0800'), 'HEALTH.SLOT_NOT_FOUND'],
  ] as const)('refuses %s and writes nothing', async (_case, input, code) => {
    const before = await world.snapshot();
    expect(await world.call('health', 'book', input(), 'member')).toMatchObject({ ok: false, error: { code } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('asks a member who agreed to an older privacy notice to agree again first, and writes nothing', async () => {
    await world.ports.store.update(Members, people.member, { $set: { 'consent.version': '2020-01-01' } });
    const before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(planId, busFirst), 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
    expect(await world.snapshot()).toEqual(before);
    expect(await seatsOf(busFirst)).toEqual({ booked: 0, remaining: 2 });
  });

  it('refuses a worker the plan is not for, saying why', async () => {
    const couriers = await createPlanWithSlots(world, { occupations: ['courier'] });
    const before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(couriers, slotOf(couriers, 's1', planDays[0], '08:00')), 'member')).toEqual({
      ok: false,
      error: { code: 'HEALTH.NOT_ELIGIBLE', message: '这次体检只面向快递员' },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('makes last time’s no-show wait for the last days, and says from when', async () => {
    const plan = await createPlanWithSlots(world, { lateDays: 1 });
    await world.ports.store.insert(Bookings, pastBooking(world, people.member, 'noShow', shanghaiTime('2026-06-01', '08:00')));
    const before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(plan, slotOf(plan, 's1', planDays[1], '08:00')), 'member')).toEqual({
      ok: false,
      error: { code: 'HEALTH.NOT_OPEN_YET', message: '上次预约没有到场，这次从12月4日 00:00起可以预约剩下的名额' },
    });
    expect(await world.snapshot()).toEqual(before);
    world.clock.set(shanghaiTime('2026-12-04', '00:00'));
    expect(await world.call('health', 'book', bookInput(plan, slotOf(plan, 's1', planDays[1], '08:00')), 'member')).toMatchObject({ ok: true });
  });

  it('refuses once the plan’s booking has closed', async () => {
    world.clock.set(shanghaiTime('2026-12-05', '00:00'));
    expect(await world.call('health', 'book', bookInput(planId, busFirst), 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.BOOKING_CLOSED' } });
  });

  it('refuses a full slot, a closed one and one that has started, writing nothing', async () => {
    await addMember(world, 'w-a', 11);
    await addMember(world, 'w-b', 13);
    await world.call('health', 'book', bookInput(planId, busFirst), 'w-a');
    await world.call('health', 'book', bookInput(planId, busFirst), 'w-b');
    let before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(planId, busFirst), 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.SLOT_FULL' } });
    expect(await world.snapshot()).toEqual(before);

    const hospital = slotOf(planId, 's2', planDays[0], '09:00');
    await world.call('health', 'updateSlot', { slotId: hospital, open: false }, 'admin');
    before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(planId, hospital), 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.SLOT_CLOSED' } });
    expect(await world.snapshot()).toEqual(before);

    world.clock.set(shanghaiTime(planDays[0], '08:30'));
    expect(await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:30')), 'member')).toMatchObject({
      ok: false,
      error: { code: 'HEALTH.SLOT_CLOSED' },
    });
    expect(await seatsOf(slotOf(planId, 's1', planDays[0], '08:30'))).toEqual({ booked: 0, remaining: 2 });
  });

  it('refuses a second booking of the same plan, whatever the slot', async () => {
    await world.call('health', 'book', bookInput(planId, busFirst), 'member');
    const before = await world.snapshot();
    expect(await world.call('health', 'book', bookInput(planId, slotOf(planId, 's2', planDays[0], '09:00')), 'member')).toMatchObject({
      ok: false,
      error: { code: 'HEALTH.ALREADY_BOOKED' },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('returns the first result to a retry with the same requestId and takes no second seat', async () => {
    const first = await world.call('health', 'book', bookInput(planId, busFirst), 'member', 'book-retry-0001');
    const after = await world.snapshot();
    const retry = await world.call('health', 'book', bookInput(planId, busFirst), 'member', 'book-retry-0001');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
    expect(await seatsOf(busFirst)).toEqual({ booked: 1, remaining: 1 });
  });

  it('books again after a cancellation, reusing the booking and its code', async () => {
    const first = await world.call<BookingView>('health', 'book', bookInput(planId, busFirst), 'member');
    await world.call('health', 'cancel', { planId }, 'member');
    const again = await world.call<BookingView>('health', 'book', bookInput(planId, slotOf(planId, 's2', planDays[0], '09:00')), 'member');
    expect(again).toMatchObject({ ok: true, data: { status: 'booked', code: first.ok ? first.data.code : '', site: { id: 's2' } } });
    expect(await world.ports.store.count(Bookings, { openid: people.member })).toBe(1);
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 1 });
    expect(await seatsOf(busFirst)).toEqual({ booked: 0, remaining: 2 });
  });

  it('gives one booking and one seat to a worker tapping two slots at once', async () => {
    const results = await Promise.all([
      world.call('health', 'book', bookInput(planId, busFirst), 'member', 'double-tap-aaaa'),
      world.call('health', 'book', bookInput(planId, slotOf(planId, 's2', planDays[0], '09:00')), 'member', 'double-tap-bbbb'),
      world.call('health', 'book', bookInput(planId, busFirst), 'member', 'double-tap-cccc'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error.code)).toEqual(['HEALTH.ALREADY_BOOKED', 'HEALTH.ALREADY_BOOKED']);
    const slots = (await world.ports.store.find(HealthSlots, { where: { planId }, limit: 100 })).items;
    expect(slots.reduce((sum, slot) => sum + slot.booked, 0)).toBe(1);
    expect(slots.every((slot) => slot.booked + slot.remaining === slot.capacity)).toBe(true);
  });
});
