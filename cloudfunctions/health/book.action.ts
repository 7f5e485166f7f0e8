import { healthContracts } from '@core/contracts/health.contract';
import { healthNoticeVersion } from '@core/health-privacy';
import { asksPregnancy, bookingWindowOf } from '@core/rules/health-booking';
import { Bookings, bookingIdOf } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { sealAnswers } from './health-answers';
import { toBookingView } from './health-views';
import { saveBooking } from './save-booking';
import { releaseSeat, takeSeat } from './seats';
import { ineligibilityOf, recentBookingsOf, tierOf, visiblePlan, workerProfileOf } from './worker-plans';

/**
 * 预约: one slot per worker per plan. Everything that can be refused is checked first; then the seat
 * is taken by one conditional update (seats.ts) and only a worker holding a seat gets a booking
 * written. Should writing it fail — the worker booked meanwhile, or anything throws — the seat is
 * given back. A crash between the two writes can only leave a seat unused, never one sold twice (the
 * hourly sweep gives such a seat back).
 */
export const bookHealthCheck = defineAction({
  contract: healthContracts.book,
  access: members,
  run: async (input, { caller, ports }) => {
    const { store } = ports;
    const member = caller.member!;
    const now = ports.clock.now();
    // The member's consent to the privacy notice was checked by the router (a booking collects something new).
    if (input.consent.version !== healthNoticeVersion) {
      return fail('HEALTH.CONSENT_OUTDATED', { fields: { 'consent.version': '体检须知已更新，请重新阅读' } });
    }
    const plan = await visiblePlan(store, input.planId, member);
    if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
    const [slot, existing, history] = await Promise.all([
      store.get(HealthSlots, input.slotId),
      store.get(Bookings, bookingIdOf(plan._id, caller.openid)),
      recentBookingsOf(store, caller.openid),
    ]);
    if (!slot || slot.planId !== plan._id) return fail('HEALTH.SLOT_NOT_FOUND', { fields: { slotId: '请重新选择时段' } });

    const profile = workerProfileOf(member, ports.pii);
    const ineligible = ineligibilityOf(plan, profile);
    if (ineligible) return fail('HEALTH.NOT_ELIGIBLE', { message: ineligible });
    if (existing && existing.status !== 'cancelled') return fail('HEALTH.ALREADY_BOOKED');
    const window = bookingWindowOf(plan.booking, tierOf(history, now), now);
    if (window.state === 'notYet') return fail('HEALTH.NOT_OPEN_YET', { message: window.message });
    if (window.state === 'closed') return fail('HEALTH.BOOKING_CLOSED');

    const asked = asksPregnancy(plan.items, profile.female);
    if (asked && input.mayBePregnant === undefined) return fail('HEALTH.ANSWER_REQUIRED', { fields: { mayBePregnant: '请选择是或否' } });
    if (!slot.open || slot.startsAt <= now) return fail('HEALTH.SLOT_CLOSED', { fields: { slotId: '请换一个时段' } });
    if (!(await takeSeat(store, slot._id, now))) return fail('HEALTH.SLOT_FULL', { fields: { slotId: '请换一个时段' } });

    try {
      // An answer to a question that was not asked is not kept: only what the check needs.
      const answersCipher = asked ? sealAnswers(ports.pii, { mayBePregnant: input.mayBePregnant }) : null;
      const saved = await saveBooking({ store, plan, slot, member, answersCipher, consentVersion: input.consent.version, now });
      if (!saved.ok) {
        await releaseSeat(store, slot._id, now);
        return saved;
      }
      return ok(toBookingView(saved.data, plan, ports.pii, now));
    } catch (error) {
      // The failure worth reporting is the first one; a seat that cannot be given back is only unused.
      await releaseSeat(store, slot._id, now).catch(() => undefined);
      throw error;
    }
  },
});
