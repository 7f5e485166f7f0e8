import type { BookInput } from '@core/contracts/health.contract';
import type { Envelope } from '@core/result';
import type { BookingDoc } from '../../cloudfunctions/common/collections/bookings.collection';
import type { HealthSlotDoc } from '../../cloudfunctions/common/collections/health-slots.collection';

/**
 * Workers racing for a plan's seats: every booker taps 确认预约 once on their slot, some tap twice (a
 * second request with a new requestId, for the next slot, right behind the first); `concurrency`
 * requests are in flight at any moment. The same race runs through the local host's HTTP API
 * (bench:bookings) and through the router in `npm test` (test/integration/health/concurrency.test.ts).
 */
export type BookCall = (openid: string, input: BookInput, requestId: string) => Promise<Envelope<unknown>>;

export interface Race {
  planId: string;
  slotIds: readonly string[];
  bookers: readonly string[];
  /** How many of the bookers send a second booking right behind their first. */
  doubleTaps: number;
  concurrency: number;
  consentVersion: string;
}

export interface Answer {
  openid: string;
  ok: boolean;
  code: string | null;
}

export const runRace = async (race: Race, book: BookCall): Promise<{ answers: Answer[]; seconds: number }> => {
  const tasks: Array<{ openid: string; slotId: string; requestId: string }> = [];
  race.bookers.forEach((openid, i) => {
    tasks.push({ openid, slotId: race.slotIds[i % race.slotIds.length], requestId: `race-${i}-first` });
    if (i < race.doubleTaps) tasks.push({ openid, slotId: race.slotIds[(i + 1) % race.slotIds.length], requestId: `race-${i}-second` });
  });

  const answers: Answer[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next];
      next += 1;
      const input: BookInput = { planId: race.planId, slotId: task.slotId, consent: { version: race.consentVersion, health: true } };
      const envelope = await book(task.openid, input, task.requestId);
      answers.push({ openid: task.openid, ok: envelope.ok, code: envelope.ok ? null : envelope.error.code });
    }
  };
  await Promise.all(Array.from({ length: Math.min(race.concurrency, tasks.length) }, worker));
  return { answers, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};

export interface RaceTally {
  /** Bookings that hold a seat, as stored. */
  booked: number;
  /** Seats sold beyond a slot's capacity, counting the bookings themselves, not the slot's counter. */
  overbooked: number;
  /** A worker with more than one booking of the plan, or told "booked" more than once. */
  duplicates: number;
  /** Slots whose seat counter disagrees with the bookings in them (a lost or leaked seat). */
  miscounted: number;
  /** Answers other than ok, SLOT_FULL and ALREADY_BOOKED: a booking that failed for no good reason. */
  unexpected: string[];
}

export const tallyRace = (answers: readonly Answer[], bookings: readonly BookingDoc[], slots: readonly HealthSlotDoc[]): RaceTally => {
  const holding = bookings.filter((booking) => booking.status === 'booked');
  const perSlot = new Map<string, number>();
  for (const booking of holding) perSlot.set(booking.slotId, (perSlot.get(booking.slotId) ?? 0) + 1);
  const perWorker = new Map<string, number>();
  for (const booking of holding) perWorker.set(booking.openid, (perWorker.get(booking.openid) ?? 0) + 1);
  const okAnswers = new Map<string, number>();
  for (const answer of answers) if (answer.ok) okAnswers.set(answer.openid, (okAnswers.get(answer.openid) ?? 0) + 1);

  const excess = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  return {
    booked: holding.length,
    overbooked: slots.reduce((sum, slot) => sum + Math.max(0, (perSlot.get(slot._id) ?? 0) - slot.capacity), 0),
    duplicates: excess(perWorker) + excess(okAnswers),
    miscounted: slots.filter((slot) => slot.booked !== (perSlot.get(slot._id) ?? 0) || slot.booked + slot.remaining !== slot.capacity).length,
    unexpected: answers.filter((answer) => !answer.ok && answer.code !== 'HEALTH.SLOT_FULL' && answer.code !== 'HEALTH.ALREADY_BOOKED').map((answer) => answer.code ?? '?'),
  };
};
