import { bookingStatusLabels } from '@core/enums/health-labels';
import { shanghaiDateTime } from '@core/rules/time';
import { Bookings } from '../common/collections/bookings.collection';
import { HealthPlans } from '../common/collections/health-plans.collection';
import { documentsById, entriesPerSection } from '../common/timeline/by-id';
import type { TimelineSource } from '../common/timeline/timeline-source.port';

/** 体检 in 我的: each health check the worker booked, its time and state, opening the booking. */
export const healthTimeline: TimelineSource = {
  section: { key: 'health', label: '体检' },
  entriesFor: async (openid, { store }) => {
    const bookings = await store.find(Bookings, { where: { openid }, orderBy: [['slotStartsAt', 'desc']], limit: entriesPerSection });
    const plans = await documentsById(store, HealthPlans, bookings.items.map((booking) => booking.planId));
    return bookings.items.map((booking) => ({
      id: `health:${booking._id}`,
      section: 'health',
      title: `预约体检：${plans.get(booking.planId)?.title ?? '免费体检'}`,
      detail: `体检时间 ${shanghaiDateTime(booking.slotStartsAt)}`,
      at: booking.bookedAt,
      badge: bookingStatusLabels[booking.status],
      link: `/packages/health/booking?planId=${encodeURIComponent(booking.planId)}`,
    }));
  },
};
