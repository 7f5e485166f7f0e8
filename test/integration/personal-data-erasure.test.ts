import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { privacyNoticeVersion } from '@core/privacy';
import { maskIdNumber, maskPhone } from '@core/rules/mask';
import { allCollections } from '../../cloudfunctions/common/collections';
import { SeedMarks } from '../../cloudfunctions/common/local-host/seed/seed-marks.collection';
import type { CollectionDef, Doc } from '../../cloudfunctions/common/ports/store.port';
import { findAll } from '../../cloudfunctions/common/runtime/find-all';
import { exportsSweep } from '../../cloudfunctions/stats/exports-sweep.job';
import { actionCases } from '../support/action-cases';
import { testIdNumber, testPhone } from '../support/id-numbers';
import { expectOk, requestTransfer } from '../support/member-steps';
import { createWorld, people, type World } from '../support/world';

/**
 * 删除我的信息, proven on the bytes: the world's member uses everything a member can (every action the
 * authorization matrix lets a member call, so each feature's records are in it as features land),
 * moves union, changes phone, withdraws and joins again, is named in someone else's phone report and
 * in a staff export's 会员名册 — then erases their data. Afterwards neither the SQLite files (main
 * database and WAL, after a checkpoint), nor the uploaded files (an .xlsx unzipped), nor any document
 * of any collection holds their name, ID number, phone (old or new), openid, or the masked forms.
 */
const subject = {
  openid: people.member,
  name: '王会员',
  idNumber: testIdNumber(1),
  phone: testPhone(1),
  newPhone: testPhone(4321),
};

/** What the member does through the matrix's own valid inputs; these two end the membership, so they come last or not at all. */
const notReplayed = new Set(['member.withdraw', 'member.deleteMine']);

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? filesUnder(full) : [full];
      })
    : [];

describe('erasing a worker leaves nothing that finds them', () => {
  let dataDir: string;
  let world: World;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-erasure-'));
    world = await createWorld({ dataDir });
  });
  afterEach(() => {
    world.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every byte the local host keeps: the database (after a checkpoint folds the WAL in) and the files. */
  const bytesOnDisk = (): Buffer => {
    world.store.database.pragma('wal_checkpoint(TRUNCATE)');
    return Buffer.concat(filesUnder(dataDir).filter((file) => !file.endsWith('data.key')).map((file) => readFileSync(file)));
  };

  /** The text inside every .xlsx kept (a zip: its compressed bytes would hide the names from a byte search). */
  const textInsideExports = async (): Promise<string> => {
    const parts: string[] = [];
    for (const file of filesUnder(dataDir).filter((name) => name.endsWith('.xlsx'))) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      parts.push(...(await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')))));
    }
    return parts.join('\n');
  };

  const everyDocument = async (): Promise<Array<{ collection: string; json: string }>> => {
    const found: Array<{ collection: string; json: string }> = [];
    for (const collection of [...allCollections, SeedMarks as unknown as CollectionDef<Doc>]) {
      const docs = await findAll(world.ports.store, collection);
      found.push(...docs.map((doc) => ({ collection: collection.name, json: JSON.stringify(doc) })));
    }
    return found;
  };

  const searches = () => ({
    name: subject.name,
    idNumber: subject.idNumber,
    idFirst17: subject.idNumber.slice(0, 17),
    phone: subject.phone,
    newPhone: subject.newPhone,
    openid: subject.openid,
    idMasked: maskIdNumber(subject.idNumber),
    newPhoneMasked: maskPhone(subject.newPhone),
  });

  it('after a full life with the union', async () => {
    // Every worker action the matrix says a member may take, with its own valid input and a requestId
    // (so the stored answers of retried requests are in the database too).
    const replayed: string[] = [];
    for (const [i, actionCase] of actionCases.entries()) {
      const name = `${actionCase.fn}.${actionCase.action}`;
      if (actionCase.expect.member !== 'ok' || notReplayed.has(name)) continue;
      // A case preparing its input the way a fresh world allows may not fit this busy one: skip it.
      const input = await Promise.resolve(actionCase.input(world, 'member')).catch(() => undefined);
      if (input === undefined) continue;
      const result = await world.call(actionCase.fn, actionCase.action, input, 'member', `erasure-replay-${i}`);
      if (result.ok) replayed.push(name);
    }
    expect(replayed).toEqual(expect.arrayContaining(['member.me', 'member.card', 'member.requestTransfer', 'member.changePhone', 'member.timeline']));

    // A life on the move: a new phone, a union staff moved them to, 退会 and joining again, and a
    // stranger's report naming them as the holder of a number.
    const pending = await world.call<{ transfer: { id: string; status: string } | null }>('member', 'me', {}, 'member');
    if (pending.ok && pending.data.transfer?.status === 'pending') {
      expectOk(await world.call('member', 'decideTransfer', { transferId: pending.data.transfer.id, decision: 'accept' }, 'admin'), 'accept');
    }
    expectOk(await world.call('member', 'changePhone', { phone: subject.newPhone }, 'member', 'erasure-phone-1'), 'new phone');
    const transferId = await requestTransfer(world, 'member', 'g2', '我是王会员，想转到货运');
    expectOk(await world.call('member', 'decideTransfer', { transferId, decision: 'accept' }, 'staffElsewhere'), 'accept into g2');
    expectOk(await world.call('member', 'withdraw', { reason: '王会员回老家' }, 'member', 'erasure-withdraw'), 'withdraw');
    expectOk(await world.call('member', 'join', world.joinInput(1, 'g2', { name: subject.name, phone: subject.newPhone, occupation: 'trucker' }), 'member', 'erasure-rejoin'), 'join again');
    expectOk(await world.call('member', 'review', { memberId: subject.openid, decision: 'approve' }, 'staffElsewhere', 'erasure-review'), 'approve again');
    expectOk(
      await world.call('member', 'reportPhoneConflict', { name: '钱新主', phone: subject.newPhone, note: '号码是我的', consent: { version: privacyNoticeVersion, privacy: true } }, 'stranger'),
      'a stranger reports the number',
    );

    // The union's staff export the member list, link still valid when the member asks to be erased.
    expectOk(await world.call('stats', 'export', { kind: 'members' }, 'admin', 'erasure-staff-export'), 'staff export');
    const exported = await textInsideExports();
    expect([subject.name, maskIdNumber(subject.idNumber), maskPhone(subject.newPhone)].filter((text) => !exported.includes(text))).toEqual([]);

    // The search reads real data: before erasure the name, openid and masked forms are all there…
    const before = bytesOnDisk();
    for (const text of [subject.name, subject.openid, maskIdNumber(subject.idNumber), maskPhone(subject.newPhone)]) {
      expect({ text, found: before.includes(Buffer.from(text, 'utf8')) }).toEqual({ text, found: true });
    }
    // …but never the ID number or phone themselves (encrypted at rest).
    for (const text of [subject.idNumber, subject.phone, subject.newPhone]) {
      expect({ text, found: before.includes(Buffer.from(text, 'utf8')) }).toEqual({ text, found: false });
    }

    const erased = await world.call('member', 'deleteMine', { confirm: '删除我的全部信息' }, 'member', 'erasure-delete-1');
    expect(erased).toMatchObject({ ok: true });
    // The sweep runs at the same moment, before the export's link has expired: nothing of it is left to find anyway.
    await exportsSweep.run(world.ports);

    const documents = await everyDocument();
    expect(documents.length).toBeGreaterThan(20);
    const leftInCollections = Object.entries(searches()).flatMap(([what, text]) =>
      documents.filter((doc) => doc.json.includes(text)).map((doc) => `${what} in ${doc.collection}: ${doc.json.slice(0, 160)}`),
    );
    expect(leftInCollections).toEqual([]);

    const after = bytesOnDisk();
    const leftOnDisk = Object.entries(searches()).filter(([, text]) => after.includes(Buffer.from(text, 'utf8')));
    expect(leftOnDisk).toEqual([]);
    const insideExports = await textInsideExports();
    expect(Object.entries(searches()).filter(([, text]) => insideExports.includes(text))).toEqual([]);

    // What stays is anonymous: the counters, and the union's audit entries with the person cut out.
    expect(documents.some((doc) => doc.collection === 'counters' && doc.json.includes('"withdrawn"'))).toBe(true);
    expect(documents.some((doc) => doc.collection === 'audit' && doc.json.includes('已删除'))).toBe(true);
  });
});
