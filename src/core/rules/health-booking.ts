import { fastingItems, xrayItems, type BookingStatus, type BookingTier, type HealthItem } from '../enums/health-labels';
import type { Occupation } from '../enums/occupation-labels';
import { dayKey } from './time';

/**
 * The rules of 送健康体检, pure and clock-free (the caller passes `now`): who may book when, until when
 * a booking may change, when reminders and no-shows are due, what the site checks at arrival.
 * Times are epoch ms; days are Asia/Shanghai (a fixed +08:00).
 */
const hourMs = 60 * 60 * 1000;
export const dayMs = 24 * hourMs;
const shanghaiOffsetMs = 8 * hourMs;

/** Midnight (Asia/Shanghai) that starts the day `ms` falls on. */
export const startOfShanghaiDay = (ms: number): number => Math.floor((ms + shanghaiOffsetMs) / dayMs) * dayMs - shanghaiOffsetMs;

/** `2026-12-03` + `08:30` → epoch ms of that moment in Asia/Shanghai. */
export const shanghaiTime = (day: string, clock = '00:00'): number => Date.parse(`${day}T${clock}:00+08:00`);

/** 12月3日 08:30: short enough for a message, unambiguous within a plan's season. */
export const shortDateTime = (ms: number): string => {
  const shifted = new Date(ms + shanghaiOffsetMs);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${hh}:${mm}`;
};

// ——— priority (who books first) ———

/** One earlier booking of the worker, as the priority rules see it. */
export interface PastBooking {
  status: BookingStatus;
  slotStartsAt: number;
  checkedInAt: number | null;
}

/** How far back "last year" and "last time" reach: 12 months, counted as 365 days. */
export const historyWindowMs = 365 * dayMs;

/**
 * 优先 for workers with no check in the last 12 months; 补约 (last days only) for those whose last
 * finished booking, within 12 months, was a no-show — an old no-show is not held against anyone
 * forever; 普通 otherwise. Cancelled bookings and bookings still ahead count for nothing.
 */
export const bookingTierOf = (history: readonly PastBooking[], now: number): BookingTier => {
  const since = now - historyWindowMs;
  const finished = history
    .filter((booking) => (booking.status === 'checkedIn' || booking.status === 'noShow') && booking.slotStartsAt < now)
    .sort((a, b) => b.slotStartsAt - a.slotStartsAt);
  const last = finished[0];
  if (last?.status === 'noShow' && last.slotStartsAt >= since) return 'late';
  const checkedLastYear = finished.some((booking) => booking.status === 'checkedIn' && (booking.checkedInAt ?? booking.slotStartsAt) >= since);
  return checkedLastYear ? 'regular' : 'priority';
};

/** A plan's booking window: opens for 优先 first, `priorityDays` later for everyone, 补约 `lateDays` before it closes. */
export interface BookingWindowRules {
  opensAt: number;
  priorityDays: number;
  lateDays: number;
  closesAt: number;
}

export const opensAtFor = (tier: BookingTier, rules: BookingWindowRules): number => {
  const regular = rules.opensAt + rules.priorityDays * dayMs;
  if (tier === 'priority') return rules.opensAt;
  if (tier === 'regular') return regular;
  return Math.max(regular, rules.closesAt - rules.lateDays * dayMs);
};

export interface BookingWindow {
  state: 'notYet' | 'open' | 'closed';
  tier: BookingTier;
  opensAt: number;
  closesAt: number;
  /** What the worker reads about it, in plain Chinese. */
  message: string;
}

const notYetMessages: Record<BookingTier, (at: string) => string> = {
  priority: (at) => `${at}开始预约`,
  regular: (at) => `近12个月没做过体检的工友先约，你从${at}起可以预约`,
  late: (at) => `上次预约没有到场，这次从${at}起可以预约剩下的名额`,
};

const openMessages: Record<BookingTier, string> = {
  priority: '你近12个月没有做过体检，可以优先预约',
  regular: '可以预约',
  late: '上次预约没有到场，这次只能预约剩下的名额',
};

export const bookingWindowOf = (rules: BookingWindowRules, tier: BookingTier, now: number): BookingWindow => {
  const opensAt = opensAtFor(tier, rules);
  const base = { tier, opensAt, closesAt: rules.closesAt };
  if (now >= rules.closesAt) return { ...base, state: 'closed', message: '这次体检的预约已经结束' };
  if (now < opensAt) return { ...base, state: 'notYet', message: notYetMessages[tier](shortDateTime(opensAt)) };
  return { ...base, state: 'open', message: openMessages[tier] };
};

// ——— eligibility ———

export interface EligibilityRules {
  /** Empty: every occupation group. */
  occupations: readonly Occupation[];
  ageMin: number | null;
  ageMax: number | null;
}

/** Whole years of age on `day` (`2026-12-03`) for a birth date `19910314`. */
export const ageOn = (birthDate: string, day: string): number => {
  const [year, month, date] = [Number(birthDate.slice(0, 4)), birthDate.slice(4, 6), birthDate.slice(6, 8)];
  const [dayYear, monthDay] = [Number(day.slice(0, 4)), day.slice(5, 7) + day.slice(8, 10)];
  return dayYear - year - (monthDay < month + date ? 1 : 0);
};

export type EligibilityProblem = 'occupation' | 'tooYoung' | 'tooOld';

export const eligibilityProblemOf = (rules: EligibilityRules, worker: { occupation: Occupation; age: number }): EligibilityProblem | null => {
  if (rules.occupations.length > 0 && !rules.occupations.includes(worker.occupation)) return 'occupation';
  if (rules.ageMin !== null && worker.age < rules.ageMin) return 'tooYoung';
  if (rules.ageMax !== null && worker.age > rules.ageMax) return 'tooOld';
  return null;
};

// ——— changing a booking ———

/** The last moment a booking may be cancelled or moved: `cutoffHours` before its slot starts. */
export const changeDeadlineOf = (slotStartsAt: number, cutoffHours: number): number => slotStartsAt - cutoffHours * hourMs;

export const canChangeBooking = (slotStartsAt: number, cutoffHours: number, now: number): boolean =>
  now < changeDeadlineOf(slotStartsAt, cutoffHours);

// ——— reminders and no-shows (the sweep) ———

/** 18:00 (Asia/Shanghai) the evening before the slot's day: after work, in time to plan the morning. */
export const reminderAtOf = (slotStartsAt: number): number => startOfShanghaiDay(slotStartsAt) - 6 * hourMs;

export const isReminderDue = (slotStartsAt: number, now: number): boolean => now >= reminderAtOf(slotStartsAt) && now < slotStartsAt;

/** Midnight after the slot's day: whoever has not checked in by then did not come. */
export const autoNoShowAtOf = (slotStartsAt: number): number => startOfShanghaiDay(slotStartsAt) + dayMs;

/** A slot's no-shows may be marked by hand once it has ended. */
export const canMarkNoShow = (slotEndsAt: number, now: number): boolean => now >= slotEndsAt;

// ——— arrival (核销) ———

export type CheckInProblem = 'cancelled' | 'alreadyCheckedIn' | 'wrongSite' | 'wrongDay';

/**
 * Check-in happens once, on the booking's day, at its site. A booking marked 未到 earlier that day may
 * still check in: the worker came late, and the record should say they came.
 */
export const checkInProblemOf = (
  booking: { status: BookingStatus; siteId: string; slotStartsAt: number },
  at: { siteId: string; now: number },
): CheckInProblem | null => {
  if (booking.status === 'cancelled') return 'cancelled';
  if (booking.status === 'checkedIn') return 'alreadyCheckedIn';
  if (booking.siteId !== at.siteId) return 'wrongSite';
  if (dayKey(booking.slotStartsAt) !== dayKey(at.now)) return 'wrongDay';
  return null;
};

// ——— what to ask and what to tell ———

/** GB 11643: the 17th digit is odd for men, even for women. */
export const isFemaleIdNumber = (idNumber: string): boolean => Number(idNumber.charAt(16)) % 2 === 0;

/** `19910314` from an 18-digit ID number. */
export const birthDateOfIdNumber = (idNumber: string): string => idNumber.slice(6, 14);

/** The only health question the booking asks, and only when the package has an X-ray and the worker is a woman. */
export const asksPregnancy = (items: readonly HealthItem[], female: boolean): boolean =>
  female && items.some((item) => xrayItems.includes(item));

/** Items not done because of the worker's answer (X-rays when she may be pregnant). */
export const skippedItemsOf = (items: readonly HealthItem[], answers: { mayBePregnant?: boolean }): HealthItem[] =>
  answers.mayBePregnant ? items.filter((item) => xrayItems.includes(item)) : [];

/** 体检须知: fasting when a blood or ultrasound item needs it, the ID card always, then the plan's own notes. */
export const preparationOf = (items: readonly HealthItem[], notes: readonly string[]): string[] => {
  const lines: string[] = [];
  if (items.some((item) => fastingItems.includes(item))) {
    lines.push('需要空腹：检查前一晚10点以后不要吃东西、不喝饮料，可以喝少量白开水');
  }
  lines.push('请带本人身份证，到现场出示预约二维码');
  if (items.some((item) => xrayItems.includes(item))) lines.push('有胸部DR检查：穿没有金属扣的衣服，不戴项链');
  return [...lines, ...notes];
};
