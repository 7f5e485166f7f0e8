import { healthContracts } from '@core/contracts/health.contract';
import { canMarkNoShow } from '@core/rules/health-booking';
import { Bookings } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toStaffSlotView } from './health-views';
import { markBookingNoShow } from './no-show';
import { managedPlan } from './staff-plans';

/**
 * 标记未到: once a slot has ended, staff mark everyone still 已预约 in it as 未到 (each with an audit
 * record). Running it twice marks nobody twice; the end-of-day sweep does the same for slots left.
 */
export const markSlotNoShows = defineAction({
  contract: healthContracts.markNoShow,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const slot = await ports.store.get(HealthSlots, input.slotId);
    if (!slot) return fail('HEALTH.SLOT_NOT_FOUND', { fields: { slotId: '请刷新后重试' } });
    const plan = await managedPlan(ports.store, slot.planId, caller.scope);
    if (isFailure(plan)) return plan.code === 'AUTH.FORBIDDEN' ? fail('AUTH.FORBIDDEN') : fail('HEALTH.SLOT_NOT_FOUND');
    const now = ports.clock.now();
    if (!canMarkNoShow(slot.endsAt, now)) return fail('HEALTH.SLOT_NOT_ENDED');

    // A slot holds at most 100 seats, so one page has everyone still waiting.
    const waiting = await ports.store.find(Bookings, { where: { slotId: slot._id, status: 'booked' }, limit: 100 });
    let marked = 0;
    for (const booking of waiting.items) {
      const done = await markBookingNoShow(ports.store, booking._id, now, () =>
        auditRecord(context, {
          action: 'health.markNoShow',
          union: { id: plan.unionId, path: plan.unionPath },
          target: { collection: Bookings.name, id: booking._id },
          summary: '体检未到',
        }),
      );
      if (done) marked += 1;
    }
    const after = (await ports.store.get(HealthSlots, slot._id)) ?? slot;
    return ok({ slotId: slot._id, marked, slot: toStaffSlotView(after, now) });
  },
});
