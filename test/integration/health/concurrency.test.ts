import { healthNoticeVersion } from '@core/health-privacy';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { runRace, tallyRace } from '../../../bench/bookings/race';
import { addMember, createPlanWithSlots, planDays, slotOf } from '../../support/health';
import { createWorld, type World } from '../../support/world';

/**
 * bench:bookings at a smaller scale, through the real router on SQLite: 60 members race for the 8
 * seats of the bus's 4 slots, 15 of them tapping twice, 20 requests in flight — and moves racing in.
 */
describe('health booking under concurrency', () => {
  let world: World;
  let planId: string;
  let bookers: string[];
  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    bookers = [];
    for (let i = 0; i < 60; i += 1) bookers.push(await addMember(world, `racer-${i}`, 101 + 2 * i)); // odd: men, not asked the X-ray question
  });
  afterEach(() => world.close());

  const busSlots = () => planDays.flatMap((day) => ['08:00', '08:30'].map((start) => slotOf(planId, 's1', day, start)));
  const stored = async () => ({
    bookings: (await world.ports.store.find(Bookings, { where: { planId }, limit: 100 })).items,
    slots: (await world.ports.store.find(HealthSlots, { where: { planId }, limit: 100 })).items,
  });

  it('sells every seat once: no overbooking, no double booking, counters agree with the bookings', async () => {
    const { answers } = await runRace(
      { planId, slotIds: busSlots(), bookers, doubleTaps: 15, concurrency: 20, consentVersion: healthNoticeVersion },
      (openid, input, requestId) => world.call(`health`, 'book', input, openid, requestId),
    );
    const { bookings, slots } = await stored();
    expect(tallyRace(answers, bookings, slots)).toEqual({ booked: 8, overbooked: 0, duplicates: 0, miscounted: 0, unexpected: [] });
    expect(answers).toHaveLength(75);
  });

  it('keeps the seats right when moves race with new bookings and cancellations', async () => {
    // Ten racers hold the hospital's seats first; then they move to the bus or cancel while others book.
    await world.call('health', 'updateSlot', { slotId: slotOf(planId, 's2', planDays[0], '09:00'), capacity: 10 }, 'admin');
    for (const openid of bookers.slice(0, 10)) {
      const booked = await world.call('health', 'book', { planId, slotId: slotOf(planId, 's2', planDays[0], '09:00'), consent: { version: healthNoticeVersion, health: true } }, openid);
      expect(booked.ok).toBe(true);
    }
    const bus = busSlots();
    await Promise.all([
      ...bookers.slice(0, 10).map((openid, i) =>
        i % 3 === 0 ? world.call('health', 'cancel', { planId }, openid) : world.call('health', 'move', { planId, slotId: bus[i % bus.length] }, openid),
      ),
      runRace({ planId, slotIds: bus, bookers: bookers.slice(10), doubleTaps: 10, concurrency: 15, consentVersion: healthNoticeVersion }, (openid, input, requestId) =>
        world.call('health', 'book', input, openid, requestId),
      ),
    ]);
    const { bookings, slots } = await stored();
    const tally = tallyRace([], bookings, slots);
    expect({ overbooked: tally.overbooked, duplicates: tally.duplicates, miscounted: tally.miscounted }).toEqual({ overbooked: 0, duplicates: 0, miscounted: 0 });
    // Every bus seat is taken (there were far more takers than seats); the hospital keeps the six who stayed.
    expect(slots.filter((slot) => slot.siteId === 's1').every((slot) => slot.remaining === 0)).toBe(true);
  });
});
