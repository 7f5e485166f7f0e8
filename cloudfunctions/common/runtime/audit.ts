import { randomUUID } from 'node:crypto';
import type { AuditDoc } from '../collections/audit.collection';
import type { ActionContext } from './action';

/** An audit record of a staff action, to insert in the same transaction as the change. */
export const auditRecord = (
  context: ActionContext,
  entry: { action: string; union: { id: string; path: string }; target: AuditDoc['target']; summary: string },
): AuditDoc => ({
  _id: randomUUID(),
  at: context.ports.clock.now(),
  actorOpenid: context.caller.openid,
  action: entry.action,
  unionId: entry.union.id,
  unionPath: entry.union.path,
  target: entry.target,
  summary: entry.summary,
  requestId: context.requestId,
});
