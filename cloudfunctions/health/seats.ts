import { HealthSlots } from '../common/collections/health-slots.collection';
import type { Patch, Store } from '../common/ports/store.port';

/**
 * Seats of a slot. Taking one is a single conditional update — `remaining > 0`, still open, not yet
 * started — done outside any transaction: both engines apply it atomically to the one document (SQLite
 * runs one statement at a time; CloudBase's `where().update()` is one server-side update), so however
 * many workers race, at most `remaining` of them get a seat, and nobody reads a count that is already
 * stale. Inside transactions, seats move by the patches below on documents read in that transaction.
 */
export const takeSeat = async (store: Store, slotId: string, now: number): Promise<boolean> =>
  (await store.updateWhere(
    HealthSlots,
    { _id: slotId, open: true, remaining: { $gt: 0 }, startsAt: { $gt: now } },
    { $inc: { remaining: -1, booked: 1 }, $set: { updatedAt: now } },
  )) === 1;

/** Gives back a seat taken by `takeSeat` whose booking could not be written. */
export const releaseSeat = async (store: Store, slotId: string, now: number): Promise<void> => {
  await store.updateWhere(HealthSlots, { _id: slotId, booked: { $gt: 0 } }, { $inc: { remaining: 1, booked: -1 }, $set: { updatedAt: now } });
};

export const seatTaken = (now: number): Patch => ({ $inc: { remaining: -1, booked: 1 }, $set: { updatedAt: now } });

export const seatFreed = (now: number): Patch => ({ $inc: { remaining: 1, booked: -1 }, $set: { updatedAt: now } });
