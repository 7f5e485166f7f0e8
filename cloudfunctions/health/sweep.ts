import { isReminderDue, preparationOf, shortDateTime, startOfShanghaiDay } from '@core/rules/health-booking';
import { dayKey } from '@core/rules/time';
import { Bookings, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import type { NotificationData } from '../common/ports/notifier.port';
import type { Ports } from '../common/runtime/ports';
import { siteOf } from './health-views';
import { markBookingNoShow } from './no-show';

/**
 * The 体检 timer (hourly: a CloudBase timer trigger in production, the local host's interval locally):
 * the evening-before reminder for every booking whose time has come, 未到 for every booking still
 * 已预约 after its day ended, and seats lost to a crash given back. Both are safe to run any number of times and catch up after a missed run;
 * a run stops after `budget` bookings and the next one carries on.
 */
export type SweepResult = {
  reminded: number;
  markedNoShow: number;
  seatsRepaired: number;
};

const hourMs = 60 * 60 * 1000;

export const runHealthSweep = async (ports: Pick<Ports, 'store' | 'clock' | 'notifier' | 'logger'>, budget = 500): Promise<SweepResult> => {
  const now = ports.clock.now();
  const plans = new Map<string, HealthPlanDoc | null>();
  const planOf = async (planId: string) => {
    if (!plans.has(planId)) plans.set(planId, await ports.store.get(HealthPlans, planId));
    return plans.get(planId) ?? null;
  };

  let reminded = 0;
  // Due from 18:00 the evening before, so every slot starting within the next 30 hours is a candidate.
  const dueSoon = await ports.store.find(Bookings, {
    where: { status: 'booked', reminded: false, slotStartsAt: { $gt: now, $lte: now + 30 * hourMs } },
    orderBy: [['slotStartsAt', 'asc']],
    limit: 100,
  });
  for (const booking of dueSoon.items.slice(0, budget)) {
    if (!isReminderDue(booking.slotStartsAt, now)) continue;
    // Claim the reminder before sending it: two overlapping runs never send it twice.
    const claimed = await ports.store.updateWhere(Bookings, { _id: booking._id, status: 'booked', reminded: false }, { $set: { reminded: true } });
    if (claimed !== 1) continue;
    const plan = await planOf(booking.planId);
    if (!plan) continue;
    await ports.notifier.notify(booking.openid, 'healthReminder', reminderData(booking, plan, now), `packages/health/booking?planId=${plan._id}`);
    reminded += 1;
  }

  let markedNoShow = 0;
  const dayStart = startOfShanghaiDay(now);
  while (markedNoShow < budget) {
    const overdue = await ports.store.find(Bookings, {
      where: { status: 'booked', slotStartsAt: { $lt: dayStart } },
      orderBy: [['slotStartsAt', 'asc']],
      limit: 100,
    });
    if (overdue.items.length === 0) break;
    let progress = 0;
    for (const booking of overdue.items) {
      if (await markBookingNoShow(ports.store, booking._id, now)) {
        markedNoShow += 1;
        progress += 1;
      }
    }
    // Someone else marked or checked in the whole page meanwhile: the next run picks up the rest.
    if (progress === 0) break;
  }

  const seatsRepaired = await repairSeatCounts(ports, now);
  if (reminded + markedNoShow + seatsRepaired > 0) ports.logger.info('health sweep', { reminded, markedNoShow, seatsRepaired });
  return { reminded, markedNoShow, seatsRepaired };
};

/** Longer than any call can run (the function's timeout is 60 s): no booking is still on its way after it. */
const quietMs = 10 * 60 * 1000;

/**
 * A booking takes its seat, then writes itself (book.action.ts). Should the function die between the
 * two, the seat stays taken by nobody — never sold twice, but lost. Once a slot has been quiet for
 * `quietMs`, its seat count is compared with the bookings holding seats in it and, if they differ, set
 * right by compare-and-set on the very state that was counted (`booked`, `capacity`, `updatedAt`): any
 * booking, move or edit since then makes the update miss, and the next run looks again. Slots touched
 * in the two hours before the quiet period are checked, so an hourly run sees each change about twice.
 */
const repairSeatCounts = async (ports: Pick<Ports, 'store' | 'logger'>, now: number): Promise<number> => {
  const quiet = await ports.store.find(HealthSlots, {
    // Only seats still to come matter; a slot under way keeps the seats of people erased since (PIPL).
    where: { updatedAt: { $gt: now - quietMs - 2 * hourMs, $lte: now - quietMs }, startsAt: { $gt: now } },
    orderBy: [['updatedAt', 'asc']],
    limit: 100,
  });
  let repaired = 0;
  for (const slot of quiet.items) {
    const holders = await ports.store.count(Bookings, { slotId: slot._id, status: { $in: ['booked', 'checkedIn', 'noShow'] } });
    if (holders === slot.booked) continue;
    const fixed = await ports.store.updateWhere(
      HealthSlots,
      { _id: slot._id, booked: slot.booked, capacity: slot.capacity, updatedAt: slot.updatedAt },
      { $set: { booked: holders, remaining: slot.capacity - holders, updatedAt: now } },
    );
    if (fixed !== 1) continue;
    repaired += 1;
    // More bookings than counted seats would mean a seat sold twice: say so loudly.
    if (holders > slot.booked) ports.logger.error('health slot held more bookings than its seat count', { slotId: slot._id, counted: slot.booked, holders });
  }
  return repaired;
};

/**
 * The subscribe message's fields: what, when, where, what to bring. No health details. A reminder sent
 * late (the timer was down in the evening) says 今天, not 明天.
 */
const reminderData = (booking: BookingDoc, plan: HealthPlanDoc, now: number): NotificationData<'healthReminder'> => {
  const site = siteOf(plan, booking.siteId);
  const end = shortDateTime(booking.slotEndsAt).slice(-5);
  const when = dayKey(now) === dayKey(booking.slotStartsAt) ? '今天' : '明天';
  return {
    plan: plan.title,
    time: `${shortDateTime(booking.slotStartsAt)}-${end}`,
    place: site ? `${site.name}（${site.address}）` : '请打开小程序查看',
    note: preparationOf(plan.items, []).some((line) => line.startsWith('需要空腹')) ? `${when}需要空腹，请带身份证` : '请带身份证和预约二维码',
  };
};
