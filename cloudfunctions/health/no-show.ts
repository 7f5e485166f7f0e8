import type { AuditDoc } from '../common/collections/audit.collection';
import { Audit } from '../common/collections/audit.collection';
import { Bookings } from '../common/collections/bookings.collection';
import { HealthSlots } from '../common/collections/health-slots.collection';
import type { Store } from '../common/ports/store.port';
import { countBooking } from './health-counters';

/**
 * Marks one booking 未到 if it is still 已预约, with the slot's and the counters' no-show tallies, in one
 * transaction; false when it had changed (checked in, cancelled, already marked). Staff (with an audit
 * record) and the end-of-day sweep share it, so a booking is counted as a no-show once whoever is first.
 */
export const markBookingNoShow = async (store: Store, bookingId: string, now: number, audit?: () => AuditDoc): Promise<boolean> =>
  store.transaction(async (tx) => {
    const booking = await tx.get(Bookings, bookingId);
    if (booking?.status !== 'booked') return false;
    await tx.update(Bookings, bookingId, { $set: { status: 'noShow', noShowAt: now, updatedAt: now } });
    await tx.update(HealthSlots, booking.slotId, { $inc: { noShow: 1 }, $set: { updatedAt: now } });
    await countBooking(tx, booking, booking.slotStartsAt, { noShow: 1 });
    if (audit) await tx.insert(Audit, audit());
    return true;
  });
