import { Db } from '@cloudbase/database';
import type { CloudbaseDatabase } from '../cloudbase.database';

/**
 * The real CloudBase database client (@cloudbase/database, what node-sdk's `app.database()` returns)
 * over a recording request layer instead of node-sdk's HTTP one: queries, commands and updates are
 * built and serialized by CloudBase's own code, and the tests read the exact requests it would send.
 * node-sdk itself is never loaded (its credential check crashes a process without CloudBase).
 */
export interface SentRequest {
  action: string;
  params: Record<string, unknown>;
}

/** A scripted answer: a value is returned as the response, an Error-like `{throw: …}` is thrown. */
export type Reply = unknown | { throw: unknown };

const defaultReply = (action: string, params: Record<string, unknown>): unknown => {
  switch (action) {
    case 'database.getDocument':
      return { requestId: 'r', data: { list: [] } };
    case 'database.insertDocument':
      return { requestId: 'r', data: { insertedIds: [idOfInsert(params)] } };
    case 'database.modifyDocument':
      return { requestId: 'r', data: { updated: 1 } };
    case 'database.removeDocument':
      return { requestId: 'r', data: { deleted: 1 } };
    case 'database.calculateDocument':
      return { requestId: 'r', data: { total: 0 } };
    case 'database.startTransaction':
      return { requestId: 'r', transactionId: 'tx-1' };
    default:
      return { requestId: 'r' };
  }
};

const idOfInsert = (params: Record<string, unknown>): string => {
  const [first] = (params.data as string[] | undefined) ?? [];
  return first ? (JSON.parse(first) as { _id?: string })._id ?? 'generated' : 'generated';
};

/** `getDocument`'s answer for these documents (the wire carries each one as an EJSON string). */
export const documentsReply = (...docs: object[]) => ({ requestId: 'r', data: { list: docs.map((doc) => JSON.stringify(doc)) } });
export const updatedReply = (updated: number) => ({ requestId: 'r', data: { updated } });
export const deletedReply = (deleted: number) => ({ requestId: 'r', data: { deleted } });
export const totalReply = (total: number) => ({ requestId: 'r', data: { total } });

export const recordingDatabase = () => {
  const sent: SentRequest[] = [];
  const queued = new Map<string, Reply[]>();

  class RecordingRequester {
    async send(action: string, params: Record<string, unknown> = {}): Promise<unknown> {
      sent.push({ action, params });
      const reply = queued.get(action)?.shift();
      if (reply === undefined) return defaultReply(action, params);
      if (reply !== null && typeof reply === 'object' && 'throw' in reply) throw (reply as { throw: unknown }).throw;
      return reply;
    }
  }
  // Db reads the request class when a query is built, so this takes effect for everything below.
  Db.reqClass = RecordingRequester;
  // Typed as the adapter's view of it: this also checks that view against the real client's types.
  const db: CloudbaseDatabase = new Db({ env: 'test-env', throwOnCode: true });

  return {
    db,
    sent,
    /** Queues answers for the next requests of this action, in order; then the defaults answer. */
    reply: (action: string, ...replies: Reply[]) => queued.set(action, [...(queued.get(action) ?? []), ...replies]),
    /** The requests of one action, with their EJSON fields (query, data, order) parsed. */
    requests: (action?: string) => sent.filter((request) => action === undefined || request.action === action).map(readable),
  };
};

const readable = ({ action, params }: SentRequest) => {
  const parsed: Record<string, unknown> = { action };
  for (const [key, value] of Object.entries(params)) {
    if ((key === 'query' || key === 'order' || key === 'data') && typeof value === 'string') parsed[key] = JSON.parse(value);
    else if (key === 'data' && Array.isArray(value)) parsed[key] = value.map((entry) => JSON.parse(entry as string));
    else parsed[key] = value;
  }
  return parsed;
};
