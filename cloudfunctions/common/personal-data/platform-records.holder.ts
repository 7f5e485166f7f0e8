import { shanghaiDateTime } from '@core/rules/time';
import { Audit, type AuditDoc } from '../collections/audit.collection';
import { Idempotency } from '../collections/idempotency.collection';
import { Outbox } from '../collections/outbox.collection';
import type { Store, Where } from '../ports/store.port';
import type { PersonalDataHolder } from './personal-data.port';
import { findAll } from '../runtime/find-all';

/** What stands in for an erased worker in records that stay: the same for everyone, so it links nothing. */
export const erasedPerson = '已删除';
const erasedSummary = '（当事人已删除个人信息，摘要已清除）';

/**
 * Whether a record id is the worker's: their openid itself (the member record), or a composite that
 * ends with it (`${campaignId}_${openid}`, `${planId}_${openid}`). Checked exactly, because a substring
 * search alone would also match another openid that merely contains this one.
 */
export const idOfWorker = (id: string, openid: string): boolean => id === openid || id.endsWith(`_${openid}`);

/**
 * Audit records about the worker: actions they took, and actions on records whose id is theirs. The
 * substring query narrows the audit log on the server; `idOfWorker` decides.
 */
const auditAbout = async (store: Store, openid: string): Promise<AuditDoc[]> => {
  const queries: Where[] = [{ actorOpenid: openid }, { 'target.id': { $contains: openid } }];
  const found = new Map<string, AuditDoc>();
  for (const where of queries) {
    const items = await findAll(store, Audit, { where, orderBy: [['at', 'asc']] });
    for (const item of items) if (item.actorOpenid === openid || idOfWorker(item.target.id, openid)) found.set(item._id, item);
  }
  return [...found.values()].sort((a, b) => a.at - b.at);
};

/**
 * Removes the stored answers of retried requests that contain `value` as a whole JSON string (`"王小明"`,
 * a masked ID): another caller's answer may show the worker (a reviewer's decision returns the
 * member's id). Exact values only, so answers about someone else are kept — unless they are about a
 * namesake, which costs that request only its replay.
 */
export const forgetAnswersContaining = async (store: Store, values: readonly string[]): Promise<void> => {
  for (const value of values) {
    const quoted = JSON.stringify(value);
    const markers = await findAll(store, Idempotency, { where: { envelopeJson: { $contains: quoted } } });
    for (const marker of markers) await store.remove(Idempotency, marker._id);
  }
};

/**
 * Keeps an audit record (the union's log of who did what, when, where: 网络安全法 asks for six months of
 * such logs) while cutting its link to the worker: their openid and the summary (which may hold their
 * member number or a reason naming them) are replaced. Features erasing records whose ids do not carry
 * the openid pass those ids here.
 */
export const anonymizeAuditOf = async (store: Store, openid: string, targetIds: readonly string[] = []): Promise<void> => {
  const records = await auditAbout(store, openid);
  for (const id of targetIds) {
    records.push(...(await findAll(store, Audit, { where: { 'target.id': id } })));
  }
  for (const record of records) {
    await store.update(Audit, record._id, {
      $set: {
        actorOpenid: record.actorOpenid === openid ? erasedPerson : record.actorOpenid,
        'target.id': erasedPerson,
        summary: erasedSummary,
      },
    });
  }
};

/**
 * The runtime's own records that touch every feature: notifications sent to the worker (the local
 * outbox), the union's audit entries about them, and the stored answers of their retried requests. Walked
 * after every feature's holder, because erasing a feature's records may itself write some.
 */
export const platformRecordsHolder: PersonalDataHolder = {
  label: '通知和处理记录',
  collections: [Outbox.name, Audit.name, Idempotency.name],

  exportFor: async (openid, { store }) => {
    const [notifications, audit] = await Promise.all([
      findAll(store, Outbox, { where: { openid }, orderBy: [['at', 'asc']] }),
      auditAbout(store, openid),
    ]);
    if (notifications.length === 0 && audit.length === 0) return null;
    return {
      发给你的通知: notifications.map((message) => ({ 时间: shanghaiDateTime(message.at), 内容: message.data })),
      工会对你的记录做过的处理: audit.map((record) => ({ 时间: shanghaiDateTime(record.at), 事项: record.summary })),
    };
  },

  eraseFor: async (openid, { store }) => {
    await store.removeWhere(Outbox, { openid });
    // Including the marker of the deleteMine call running now: the router then writes nothing back.
    await store.removeWhere(Idempotency, { owner: openid });
    await forgetAnswersContaining(store, [openid]);
    await anonymizeAuditOf(store, openid);
  },
};
