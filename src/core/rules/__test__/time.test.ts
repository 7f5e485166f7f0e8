import { calendarDaysBetween, dayKey, monthKey, shanghaiDateTime } from '../time';

describe('Asia/Shanghai calendar', () => {
  it('puts 23:30 UTC on the last day of a month into the next month in Shanghai', () => {
    const ms = Date.parse('2026-10-31T23:30:00Z');
    expect(monthKey(ms)).toBe('2026-11');
    expect(dayKey(ms)).toBe('2026-11-01');
  });

  it('counts calendar days, not 24-hour periods', () => {
    const lateEvening = Date.parse('2026-11-01T23:50:00+08:00');
    const nextMorning = Date.parse('2026-11-02T00:10:00+08:00');
    expect(calendarDaysBetween(lateEvening, nextMorning)).toBe(1);
    expect(calendarDaysBetween(nextMorning, nextMorning + 3600_000)).toBe(0);
    expect(calendarDaysBetween(lateEvening, Date.parse('2026-11-07T09:00:00+08:00'))).toBe(6);
  });

  it('writes a time as Shanghai wall-clock minutes', () => {
    expect(shanghaiDateTime(Date.parse('2026-10-31T23:30:00Z'))).toBe('2026-11-01 07:30');
  });
});
