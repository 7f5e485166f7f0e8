import Database from 'better-sqlite3';

/**
 * The claims' reads and writes as bare SQL, with no router, no schemas and no HTTP: the floor the
 * local host's layers are measured against. Same kind of file as the host's (one table of JSON
 * documents per collection, WAL, synchronous NORMAL), same statements per outcome as the store
 * adapter runs — point reads by `_id`, the conditional JSON update of the stock, the voucher insert,
 * the activation and the counter upsert in one transaction, the idempotency marker's insert and update.
 */
export type Outcome = 'granted' | 'alreadyClaimed' | 'soldOut';

export interface RawRun {
  file: string;
  members: ReadonlyArray<{ id: string; json: string }>;
  campaign: { id: string; json: string };
  /** One entry per claim call, in the order the HTTP run answered them. */
  calls: ReadonlyArray<{ openid: string; outcome: Outcome }>;
}

export const runRawSql = (run: RawRun): number => {
  const db = new Database(run.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const table of ['members', 'campaigns', 'claims', 'counters', 'idempotency']) {
    db.exec(`CREATE TABLE IF NOT EXISTS "${table}" ("_id" TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
  }
  const insertMember = db.prepare('INSERT INTO members ("_id", doc) VALUES (?, ?)');
  db.transaction(() => run.members.forEach((member) => insertMember.run(member.id, member.json)))();
  db.prepare('INSERT INTO campaigns ("_id", doc) VALUES (?, ?)').run(run.campaign.id, run.campaign.json);

  const getDoc = (table: string) => db.prepare(`SELECT doc FROM "${table}" WHERE "_id" = ?`).pluck();
  const getMember = getDoc('members');
  const getCampaign = getDoc('campaigns');
  const getClaim = getDoc('claims');
  const insertClaim = db.prepare('INSERT INTO claims ("_id", doc) VALUES (?, ?)');
  const takeUnit = db.prepare(
    `UPDATE campaigns SET doc = json_set(doc, '$.remaining', json_extract(doc,'$.remaining') - 1, '$.claimed', json_extract(doc,'$.claimed') + 1, '$.stockChangedAt', ?, '$.dirty', json('true'))
     WHERE "_id" = ? AND json_extract(doc,'$.status') = 'open' AND json_extract(doc,'$.remaining') > 0 RETURNING doc`,
  );
  const activate = db.prepare(`UPDATE claims SET doc = json_set(doc, '$.status', 'active') WHERE "_id" = ? RETURNING doc`);
  const count = db.prepare(
    `INSERT INTO counters ("_id", doc) VALUES (?, ?) ON CONFLICT("_id") DO UPDATE SET doc = json_set(doc, '$.claimed', coalesce(json_extract(doc,'$.claimed'), 0) + 1) RETURNING doc`,
  );
  const markIdempotent = db.prepare('INSERT INTO idempotency ("_id", doc) VALUES (?, ?)');
  const finishIdempotent = db.prepare(`UPDATE idempotency SET doc = json_set(doc, '$.state', 'done', '$.envelopeJson', ?) WHERE "_id" = ?`);
  const activateWithCounter = db.transaction((claimId: string, counterId: string) => {
    activate.all(claimId);
    count.all(counterId, JSON.stringify({ _id: counterId, kind: 'welfare', claimed: 1 }));
  });

  const started = process.hrtime.bigint();
  run.calls.forEach((call, i) => {
    const marker = `raw-${i}`;
    markIdempotent.run(marker, JSON.stringify({ _id: marker, state: 'running', envelopeJson: null, createdAt: i }));
    getCampaign.get(run.campaign.id);
    getMember.get(call.openid);
    const claimId = `${run.campaign.id}_${call.openid}`;
    if (call.outcome === 'granted' || call.outcome === 'alreadyClaimed') {
      try {
        insertClaim.run(claimId, JSON.stringify({ _id: claimId, campaignId: run.campaign.id, openid: call.openid, status: 'pending', code: 'ABCDEFGH' }));
      } catch {
        getClaim.get(claimId);
      }
    }
    if (call.outcome === 'soldOut') getClaim.get(claimId);
    if (call.outcome === 'granted') {
      takeUnit.all(Date.now(), run.campaign.id);
      activateWithCounter(claimId, 'welfare:root:rider:2026-07');
    }
    finishIdempotent.run('{"ok":true}', marker);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return seconds;
};
