import {
  ageOn,
  asksPregnancy,
  autoNoShowAtOf,
  bookingTierOf,
  bookingWindowOf,
  canChangeBooking,
  canMarkNoShow,
  changeDeadlineOf,
  checkInProblemOf,
  dayMs,
  eligibilityProblemOf,
  isFemaleIdNumber,
  isReminderDue,
  preparationOf,
  reminderAtOf,
  shanghaiTime,
  shortDateTime,
  skippedItemsOf,
  startOfShanghaiDay,
  type PastBooking,
} from '../health-booking';

/** The controlled clock of these tests: 2026-12-01 09:00 in Asia/Shanghai. */
const now = shanghaiTime('2026-12-01', '09:00');
const hour = 60 * 60 * 1000;

const past = (status: PastBooking['status'], daysAgo: number): PastBooking => ({
  status,
  slotStartsAt: now - daysAgo * dayMs,
  checkedInAt: status === 'checkedIn' ? now - daysAgo * dayMs + hour : null,
});

describe('bookingTierOf', () => {
  it('gives priority to a worker never checked before', () => {
    expect(bookingTierOf([], now)).toBe('priority');
  });

  it('gives priority to a worker whose last check is more than 12 months old', () => {
    expect(bookingTierOf([past('checkedIn', 366)], now)).toBe('priority');
  });

  it('puts a worker checked within 12 months in the regular window', () => {
    expect(bookingTierOf([past('checkedIn', 200)], now)).toBe('regular');
    expect(bookingTierOf([past('checkedIn', 364)], now)).toBe('regular');
  });

  it('sends a worker whose last finished booking was a no-show to the last days', () => {
    expect(bookingTierOf([past('checkedIn', 300), past('noShow', 30)], now)).toBe('late');
  });

  it('forgives a no-show once a later check was attended', () => {
    expect(bookingTierOf([past('noShow', 300), past('checkedIn', 30)], now)).toBe('regular');
  });

  it('does not hold a no-show older than 12 months against anyone', () => {
    expect(bookingTierOf([past('noShow', 400)], now)).toBe('priority');
  });

  it('ignores cancelled bookings and bookings still ahead', () => {
    expect(bookingTierOf([past('cancelled', 10), { status: 'booked', slotStartsAt: now + dayMs, checkedInAt: null }], now)).toBe('priority');
    expect(bookingTierOf([{ status: 'noShow', slotStartsAt: now + dayMs, checkedInAt: null }], now)).toBe('priority');
  });
});

describe('bookingWindowOf', () => {
  const rules = { opensAt: shanghaiTime('2026-12-01', '09:00'), priorityDays: 3, lateDays: 2, closesAt: shanghaiTime('2026-12-20') };

  it('opens for priority workers first and tells the others when their turn comes', () => {
    expect(bookingWindowOf(rules, 'priority', now)).toMatchObject({ state: 'open', message: '你近12个月没有做过体检，可以优先预约' });
    expect(bookingWindowOf(rules, 'regular', now)).toEqual({
      state: 'notYet',
      tier: 'regular',
      opensAt: shanghaiTime('2026-12-04', '09:00'),
      closesAt: rules.closesAt,
      message: '近12个月没做过体检的工友先约，你从12月4日 09:00起可以预约',
    });
    expect(bookingWindowOf(rules, 'regular', shanghaiTime('2026-12-04', '08:59'))).toMatchObject({ state: 'notYet' });
    expect(bookingWindowOf(rules, 'regular', shanghaiTime('2026-12-04', '09:00'))).toMatchObject({ state: 'open' });
  });

  it('lets last time’s no-shows book only in the last days', () => {
    expect(bookingWindowOf(rules, 'late', shanghaiTime('2026-12-17', '23:59'))).toMatchObject({
      state: 'notYet',
      opensAt: shanghaiTime('2026-12-18'),
      message: '上次预约没有到场，这次从12月18日 00:00起可以预约剩下的名额',
    });
    expect(bookingWindowOf(rules, 'late', shanghaiTime('2026-12-18'))).toMatchObject({ state: 'open' });
  });

  it('never opens the late window before the regular one', () => {
    const short = { ...rules, closesAt: shanghaiTime('2026-12-05') };
    expect(bookingWindowOf(short, 'late', now).opensAt).toBe(shanghaiTime('2026-12-04', '09:00'));
  });

  it('is closed for everyone once the plan’s booking has ended', () => {
    expect(bookingWindowOf(rules, 'priority', rules.closesAt)).toMatchObject({ state: 'closed', message: '这次体检的预约已经结束' });
  });
});

describe('cut-off for cancelling and moving', () => {
  const slotStartsAt = shanghaiTime('2026-12-03', '08:30');

  it('allows changes until 24 hours before the slot by default, not a minute later', () => {
    expect(changeDeadlineOf(slotStartsAt, 24)).toBe(shanghaiTime('2026-12-02', '08:30'));
    expect(canChangeBooking(slotStartsAt, 24, shanghaiTime('2026-12-02', '08:29'))).toBe(true);
    expect(canChangeBooking(slotStartsAt, 24, shanghaiTime('2026-12-02', '08:30'))).toBe(false);
  });

  it('follows a plan’s own cut-off, down to none', () => {
    expect(canChangeBooking(slotStartsAt, 2, shanghaiTime('2026-12-03', '06:00'))).toBe(true);
    expect(canChangeBooking(slotStartsAt, 0, slotStartsAt - 1)).toBe(true);
    expect(canChangeBooking(slotStartsAt, 0, slotStartsAt)).toBe(false);
  });
});

describe('reminders and automatic no-shows', () => {
  const slotStartsAt = shanghaiTime('2026-12-03', '08:30');

  it('reminds from 18:00 the evening before until the slot starts', () => {
    expect(reminderAtOf(slotStartsAt)).toBe(shanghaiTime('2026-12-02', '18:00'));
    expect(isReminderDue(slotStartsAt, shanghaiTime('2026-12-02', '17:59'))).toBe(false);
    expect(isReminderDue(slotStartsAt, shanghaiTime('2026-12-02', '18:00'))).toBe(true);
    expect(isReminderDue(slotStartsAt, slotStartsAt)).toBe(false);
  });

  it('marks no-shows at the midnight after the slot’s day', () => {
    expect(autoNoShowAtOf(slotStartsAt)).toBe(shanghaiTime('2026-12-04'));
    expect(autoNoShowAtOf(shanghaiTime('2026-12-03', '23:30'))).toBe(shanghaiTime('2026-12-04'));
  });

  it('lets staff mark no-shows by hand once the slot has ended', () => {
    const endsAt = shanghaiTime('2026-12-03', '09:00');
    expect(canMarkNoShow(endsAt, endsAt - 1)).toBe(false);
    expect(canMarkNoShow(endsAt, endsAt)).toBe(true);
  });

  it('counts days in Asia/Shanghai, whatever the machine’s zone', () => {
    expect(startOfShanghaiDay(shanghaiTime('2026-12-03', '00:30'))).toBe(shanghaiTime('2026-12-03'));
    expect(startOfShanghaiDay(shanghaiTime('2026-12-03', '23:59'))).toBe(shanghaiTime('2026-12-03'));
    expect(shortDateTime(shanghaiTime('2026-12-03', '07:05'))).toBe('12月3日 07:05');
  });
});

describe('checkInProblemOf', () => {
  const booking = { status: 'booked' as const, siteId: 's1', slotStartsAt: shanghaiTime('2026-12-03', '08:30') };
  const onTheDay = shanghaiTime('2026-12-03', '08:10');

  it('accepts the booking at its site on its day, early or late', () => {
    expect(checkInProblemOf(booking, { siteId: 's1', now: onTheDay })).toBeNull();
    expect(checkInProblemOf(booking, { siteId: 's1', now: shanghaiTime('2026-12-03', '16:00') })).toBeNull();
  });

  it('refuses another site, another day, a second check-in and a cancelled booking', () => {
    expect(checkInProblemOf(booking, { siteId: 's2', now: onTheDay })).toBe('wrongSite');
    expect(checkInProblemOf(booking, { siteId: 's1', now: shanghaiTime('2026-12-02', '23:59') })).toBe('wrongDay');
    expect(checkInProblemOf(booking, { siteId: 's1', now: shanghaiTime('2026-12-04') })).toBe('wrongDay');
    expect(checkInProblemOf({ ...booking, status: 'checkedIn' }, { siteId: 's1', now: onTheDay })).toBe('alreadyCheckedIn');
    expect(checkInProblemOf({ ...booking, status: 'cancelled' }, { siteId: 's1', now: onTheDay })).toBe('cancelled');
  });

  it('lets a worker marked 未到 earlier that day check in after all', () => {
    expect(checkInProblemOf({ ...booking, status: 'noShow' }, { siteId: 's1', now: shanghaiTime('2026-12-03', '15:00') })).toBeNull();
  });
});

describe('eligibility', () => {
  it('counts age in whole years on the given day', () => {
    expect(ageOn('19910314', '2026-03-13')).toBe(34);
    expect(ageOn('19910314', '2026-03-14')).toBe(35);
    expect(ageOn('19911231', '2026-12-01')).toBe(34);
  });

  it('names the first rule a worker fails', () => {
    const rules = { occupations: ['rider', 'courier'] as const, ageMin: 18, ageMax: 60 };
    expect(eligibilityProblemOf({ ...rules, occupations: [...rules.occupations] }, { occupation: 'rider', age: 35 })).toBeNull();
    expect(eligibilityProblemOf({ ...rules, occupations: [...rules.occupations] }, { occupation: 'trucker', age: 35 })).toBe('occupation');
    expect(eligibilityProblemOf({ ...rules, occupations: [] }, { occupation: 'trucker', age: 17 })).toBe('tooYoung');
    expect(eligibilityProblemOf({ ...rules, occupations: [] }, { occupation: 'trucker', age: 61 })).toBe('tooOld');
    expect(eligibilityProblemOf({ occupations: [], ageMin: null, ageMax: null }, { occupation: 'other', age: 80 })).toBeNull();
  });
});

describe('what the booking asks and tells', () => {
  it('asks about pregnancy only of women, and only when the package has an X-ray', () => {
    expect(isFemaleIdNumber('420115199506111428')).toBe(true);
    expect(isFemaleIdNumber('420107199103140318')).toBe(false);
    expect(asksPregnancy(['bloodRoutine', 'chestDr'], true)).toBe(true);
    expect(asksPregnancy(['bloodRoutine', 'chestDr'], false)).toBe(false);
    expect(asksPregnancy(['bloodRoutine', 'ecg'], true)).toBe(false);
  });

  it('skips the X-ray for a worker who may be pregnant, nothing otherwise', () => {
    expect(skippedItemsOf(['bloodRoutine', 'chestDr'], { mayBePregnant: true })).toEqual(['chestDr']);
    expect(skippedItemsOf(['bloodRoutine', 'chestDr'], { mayBePregnant: false })).toEqual([]);
    expect(skippedItemsOf(['bloodRoutine', 'chestDr'], {})).toEqual([]);
  });

  it('tells workers to fast only when an item needs it, always to bring the ID card, then the plan’s notes', () => {
    expect(preparationOf(['bloodRoutine', 'ecg'], ['体检前一天不要喝酒'])).toEqual(['请带本人身份证，到现场出示预约二维码', '体检前一天不要喝酒']);
    const full = preparationOf(['liverFunction', 'chestDr'], []);
    expect(full[0]).toContain('需要空腹');
    expect(full).toContain('有胸部DR检查：穿没有金属扣的衣服，不戴项链');
  });
});
