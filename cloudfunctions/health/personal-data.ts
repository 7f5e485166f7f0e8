import { bookingStatusLabels, healthItemLabels } from '@core/enums/health';
import { shortDateTime, skippedItemsOf } from '@core/rules/health-booking';
import { BookingCodes, bookingCodeIdOf } from '../common/collections/booking-codes.collection';
import { Bookings, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthPlans } from '../common/collections/health-plans.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import type { Store } from '../common/ports/store.port';
import { findAll } from '../common/runtime/find-all';
import { openAnswers } from './health-answers';
import { countBooking } from './health-counters';
import { siteOf } from './health-views';
import { seatFreed } from './seats';

const allBookingsOf = (store: Store, openid: string): Promise<BookingDoc[]> =>
  findAll(store, Bookings, { where: { openid }, orderBy: [['slotStartsAt', 'asc']] });

/**
 * 体检 bookings and their code keys. Export shows the worker everything, their health answer included;
 * erasure gives a future booking's seat back (as a cancellation would) and deletes every booking and
 * code, keeping only the anonymous counters.
 */
export const healthPersonalData: PersonalDataHolder = {
  label: '体检',
  collections: [Bookings.name, BookingCodes.name],

  exportFor: async (openid, { store, pii }) => {
    const bookings = await allBookingsOf(store, openid);
    return Promise.all(
      bookings.map(async (booking) => {
        const plan = await store.get(HealthPlans, booking.planId);
        const answers = openAnswers(pii, booking.answersCipher);
        return {
          体检: plan?.title ?? booking.planId,
          地点: (plan && siteOf(plan, booking.siteId)?.name) ?? booking.siteId,
          时间: shortDateTime(booking.slotStartsAt),
          状态: bookingStatusLabels[booking.status],
          预约码: booking.code,
          预约时间: shortDateTime(booking.bookedAt),
          签到时间: booking.checkedInAt === null ? null : shortDateTime(booking.checkedInAt),
          健康问题: answers.mayBePregnant === undefined ? '未询问' : `是否可能怀孕：${answers.mayBePregnant ? '是' : '否'}`,
          不做的项目: plan ? skippedItemsOf(plan.items, answers).map((item) => healthItemLabels[item]) : [],
          同意体检须知: { 版本: booking.consent.version, 时间: shortDateTime(booking.consent.at) },
        };
      }),
    );
  },

  eraseFor: async (openid, { store, clock }) => {
    const now = clock.now();
    for (const booking of await allBookingsOf(store, openid)) {
      await store.transaction(async (tx) => {
        const current = await tx.get(Bookings, booking._id);
        if (!current) return;
        // A booking still ahead holds a seat others could use.
        if (current.status === 'booked') {
          await tx.update(HealthSlots, current.slotId, seatFreed(now));
          await countBooking(tx, current, current.bookedAt, { booked: -1 });
        }
        await tx.remove(BookingCodes, bookingCodeIdOf(current.planId, current.code));
        await tx.remove(Bookings, current._id);
      });
    }
  },
};
