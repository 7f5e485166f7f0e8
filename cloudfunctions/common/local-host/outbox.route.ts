import type { ServerResponse } from 'node:http';
import { Outbox } from '../collections/outbox.collection';
import type { Store } from '../ports/store.port';
import { sendJson } from './respond';
import { demoIdentities } from './seed/demo-identities';

const labels = new Map(demoIdentities.map((identity) => [identity.openid, identity.label]));

/** `/dev/api/outbox`: the 50 newest notifications the local Notifier recorded, newest first. */
export const sendOutbox = async (response: ServerResponse, store: Store): Promise<void> => {
  const page = await store.find(Outbox, { orderBy: [['at', 'desc']], limit: 50 });
  sendJson(response, 200, {
    items: page.items.map((message) => ({
      id: message._id,
      at: message.at,
      openid: message.openid,
      who: labels.get(message.openid) ?? null,
      template: message.template,
      data: message.data,
      page: message.page,
    })),
  });
};
