import type { ErrorOf } from '@core/contract';
import { healthContracts } from '@core/contracts/health.contract';
import { checkInProblemOf, shortDateTime, skippedItemsOf, type CheckInProblem } from '@core/rules/health-booking';
import { Audit } from '../common/collections/audit.collection';
import { BookingCodes, bookingCodeIdOf } from '../common/collections/booking-codes.collection';
import { Bookings, type BookingDoc } from '../common/collections/bookings.collection';
import type { HealthPlanDoc } from '../common/collections/health-plans.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { Members } from '../common/collections/members.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, type Failure, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { openAnswers } from './health-answers';
import { countBooking } from './health-counters';
import { siteOf } from './health-views';
import { managedPlan } from './staff-plans';

type CheckInFailure = ErrorOf<typeof healthContracts.checkIn>;

const refusalOf = (problem: CheckInProblem, booking: BookingDoc, plan: HealthPlanDoc): Failure<CheckInFailure> => {
  switch (problem) {
    case 'cancelled':
      return fail('HEALTH.BOOKING_CANCELLED');
    case 'alreadyCheckedIn':
      return fail('HEALTH.ALREADY_CHECKED_IN', { message: `这个预约已经在${shortDateTime(booking.checkedInAt ?? 0)}签到过了` });
    case 'wrongSite':
      return fail('HEALTH.WRONG_SITE', { message: `这个预约在“${siteOf(plan, booking.siteId)?.name ?? '另一个地点'}”，不在这里` });
    case 'wrongDay':
      return fail('HEALTH.WRONG_DAY', { message: `这个预约是${shortDateTime(booking.slotStartsAt)}的，不是今天` });
  }
};

/**
 * 现场签到 (核销): staff of the plan's union scan the booking's QR code or type its code at one site.
 * Only on the booking's day, at its site, once; the view shows the name and masked ID to compare with
 * the ID card, and which items to leave out — never the worker's answer itself.
 */
export const checkInBooking = defineAction({
  contract: healthContracts.checkIn,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const plan = await managedPlan(ports.store, input.planId, caller.scope);
    if (isFailure(plan)) return plan;
    const site = siteOf(plan, input.siteId);
    if (!site) return fail('HEALTH.SITE_NOT_FOUND', { fields: { siteId: '请重新选择体检地点' } });
    const key = await ports.store.get(BookingCodes, bookingCodeIdOf(plan._id, input.code));
    if (!key) return fail('HEALTH.CODE_NOT_FOUND', { fields: { code: '没有这个预约码' } });
    const now = ports.clock.now();

    const checkedIn = await inTransaction(ports.store, async (tx, abort: Abort<CheckInFailure>) => {
      const booking = await tx.get(Bookings, key.bookingId);
      if (!booking) return abort(fail('HEALTH.CODE_NOT_FOUND', { fields: { code: '没有这个预约码' } }));
      const problem = checkInProblemOf(booking, { siteId: site.id, now });
      if (problem) return abort(refusalOf(problem, booking, plan));
      const wasNoShow = booking.status === 'noShow';
      await tx.update(Bookings, booking._id, { $set: { status: 'checkedIn', checkedInAt: now, checkedInBy: caller.openid, updatedAt: now } });
      await tx.update(HealthSlots, booking.slotId, { $inc: wasNoShow ? { checkedIn: 1, noShow: -1 } : { checkedIn: 1 }, $set: { updatedAt: now } });
      await countBooking(tx, booking, now, { checkedIn: 1 });
      // A 未到 marked earlier that day is undone in the month it was counted in.
      if (wasNoShow) await countBooking(tx, booking, booking.slotStartsAt, { noShow: -1 });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'health.checkIn',
          union: { id: plan.unionId, path: plan.unionPath },
          target: { collection: Bookings.name, id: booking._id },
          summary: `体检签到：${site.name}`,
        }),
      );
      return booking;
    });
    if (!checkedIn.ok) return checkedIn;

    const booking = checkedIn.data;
    const member = await ports.store.get(Members, booking.openid);
    return ok({
      bookingId: booking._id,
      name: member?.name ?? '（已注销的会员）',
      idMasked: member?.idMasked ?? '',
      occupation: member?.occupation ?? null,
      site,
      slot: { startsAt: booking.slotStartsAt, endsAt: booking.slotEndsAt },
      checkedInAt: now,
      late: now > booking.slotEndsAt,
      skippedItems: skippedItemsOf(plan.items, openAnswers(ports.pii, booking.answersCipher)),
    });
  },
});
