import { createHash } from 'node:crypto';
import type { Envelope } from '@core/result';
import { Idempotency } from '../collections/idempotency.collection';
import { isDuplicateId, type Store } from '../ports/store.port';
import type { Clock } from '../ports/clock.port';

/**
 * Same caller + action + requestId → the first result again, nothing written twice (DESIGN.md). The
 * marker is inserted before the action runs: a retry racing the first attempt hits the insert conflict
 * and waits for the first result rather than running the action a second time.
 */
export interface IdempotencyOptions {
  /** How long a concurrent retry waits for the first attempt before answering REQUEST.IN_PROGRESS. */
  waitMs?: number;
  pollMs?: number;
}

const keyOf = (openid: string, action: string, requestId: string) =>
  createHash('sha256').update(`${openid}\n${action}\n${requestId}`).digest('hex');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const runOnce = async (
  store: Store,
  clock: Clock,
  ids: { openid: string; action: string; requestId: string },
  run: () => Promise<Envelope<unknown>>,
  options: IdempotencyOptions = {},
): Promise<Envelope<unknown> | 'in-progress'> => {
  const _id = keyOf(ids.openid, ids.action, ids.requestId);
  try {
    await store.insert(Idempotency, { _id, state: 'running', envelopeJson: null, createdAt: clock.now(), owner: ids.openid });
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    return waitForFirst(store, _id, options);
  }

  let envelope: Envelope<unknown>;
  try {
    envelope = await run();
  } catch (error) {
    await store.remove(Idempotency, _id);
    throw error;
  }
  // An internal failure is not an answer worth repeating: let the retry run the action again. A marker
  // the action removed itself (member.deleteMine erases the caller's markers) stays gone: the update
  // then changes nothing, so no trace of the caller is written back.
  if (!envelope.ok && envelope.error.code === 'INTERNAL') await store.remove(Idempotency, _id);
  else await store.update(Idempotency, _id, { $set: { state: 'done', envelopeJson: JSON.stringify(envelope) } });
  return envelope;
};

const waitForFirst = async (store: Store, _id: string, { waitMs = 3000, pollMs = 50 }: IdempotencyOptions) => {
  for (let waited = 0; waited <= waitMs; waited += pollMs) {
    const marker = await store.get(Idempotency, _id);
    if (marker?.state === 'done' && marker.envelopeJson) return JSON.parse(marker.envelopeJson) as Envelope<unknown>;
    if (!marker) return 'in-progress' as const;
    await sleep(pollMs);
  }
  return 'in-progress' as const;
};
