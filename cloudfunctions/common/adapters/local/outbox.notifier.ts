import { randomUUID } from 'node:crypto';
import { Outbox } from '../../collections/outbox.collection';
import type { Clock } from '../../ports/clock.port';
import type { Notifier } from '../../ports/notifier.port';
import type { Store } from '../../ports/store.port';

/**
 * The local Notifier: every message becomes an Outbox document, which the local host's dev panel lists
 * in place of a WeChat subscribe message. Nothing is logged: `data` may carry a name or a reason.
 */
export const createOutboxNotifier = (store: Store, clock: Clock): Notifier => ({
  notify: async (openid, template, data, page) => {
    await store.insert(Outbox, { _id: randomUUID(), at: clock.now(), openid, template, data: { ...data }, page });
  },
});
