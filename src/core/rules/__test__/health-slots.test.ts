import { shanghaiTime } from '../health-booking';
import { daysFrom, endOfDay, rangesOverlap, slotIdOf, slotsFromPattern } from '../health-slots';

describe('slotsFromPattern', () => {
  it('makes one slot per day and time range, in time order, with the capacity given', () => {
    const slots = slotsFromPattern({
      days: ['2026-12-04', '2026-12-03'],
      times: [
        { start: '14:00', end: '14:30' },
        { start: '08:00', end: '08:30' },
      ],
      capacity: 6,
    });
    expect(slots.map((slot) => `${slot.day} ${slot.start}-${slot.end}`)).toEqual([
      '2026-12-03 08:00-08:30',
      '2026-12-03 14:00-14:30',
      '2026-12-04 08:00-08:30',
      '2026-12-04 14:00-14:30',
    ]);
    expect(slots[0]).toMatchObject({ startsAt: shanghaiTime('2026-12-03', '08:00'), endsAt: shanghaiTime('2026-12-03', '08:30'), capacity: 6 });
  });

  it('counts a repeated day or start time once', () => {
    const slots = slotsFromPattern({ days: ['2026-12-03', '2026-12-03'], times: [{ start: '08:00', end: '08:30' }, { start: '08:00', end: '09:00' }], capacity: 1 });
    expect(slots).toHaveLength(1);
  });
});

describe('slot helpers', () => {
  it('names a slot by plan, site, day and start, so generating twice makes nothing new', () => {
    expect(slotIdOf('hp-1', 's1', '2026-12-03', '08:30')).toBe('hp-1_s1_20261203_0830');
  });

  it('lists the days of a plan, both ends included, across a month end', () => {
    expect(daysFrom('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(daysFrom('2026-12-02', '2026-12-01')).toEqual([]);
    expect(endOfDay('2026-12-02')).toBe(shanghaiTime('2026-12-03'));
  });

  it('tells overlapping ranges from touching ones', () => {
    expect(rangesOverlap({ start: '08:00', end: '08:30' }, { start: '08:15', end: '08:45' })).toBe(true);
    expect(rangesOverlap({ start: '08:00', end: '08:30' }, { start: '08:30', end: '09:00' })).toBe(false);
  });
});
