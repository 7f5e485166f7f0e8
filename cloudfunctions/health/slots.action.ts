import { healthContracts } from '@core/contracts/health.contract';
import { Bookings, bookingIdOf } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { siteOf, toSlotView } from './health-views';
import { planOfMyBooking } from './worker-plans';

/** The slots of one site of a plan that have not ended, with seats left and the worker's own marked. */
export const listSlots = defineAction({
  contract: healthContracts.slots,
  access: members,
  run: async (input, { caller, ports }) => {
    const plan = await planOfMyBooking(ports.store, input.planId, caller.member!);
    if (!plan) return fail('HEALTH.PLAN_NOT_FOUND');
    const site = siteOf(plan, input.siteId);
    if (!site) return fail('HEALTH.SITE_NOT_FOUND', { fields: { siteId: '请重新选择体检地点' } });

    const now = ports.clock.now();
    // generateSlots keeps a site to 100 slots, so one page holds them all.
    const [slots, booking] = await Promise.all([
      ports.store.find(HealthSlots, {
        where: { planId: plan._id, siteId: site.id, startsAt: { $gt: now - 24 * 3600_000 } },
        orderBy: [['startsAt', 'asc']],
        limit: 100,
      }),
      ports.store.get(Bookings, bookingIdOf(plan._id, caller.openid)),
    ]);
    const mySlotId = booking && booking.status !== 'cancelled' ? booking.slotId : null;
    return ok({
      now,
      site,
      slots: slots.items.filter((slot) => slot.endsAt > now).map((slot) => toSlotView(slot, now, mySlotId)),
    });
  },
});
