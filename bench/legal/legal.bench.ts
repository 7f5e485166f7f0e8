import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { privacyNoticeVersion } from '@core/privacy';
import type { Envelope } from '@core/result';
import { LegalCases } from '../../cloudfunctions/common/collections/legal-cases.collection';
import { Staff, staffIdOf } from '../../cloudfunctions/common/collections/staff.collection';
import { Unions, unionPathOf, type UnionDoc } from '../../cloudfunctions/common/collections/unions.collection';
import { composeLocal } from '../../cloudfunctions/common/composition/local.composition';
import { fixedClock } from '../../cloudfunctions/common/ports/clock.port';
import { silentLogger } from '../../cloudfunctions/common/ports/logger.port';
import type { Ports } from '../../cloudfunctions/common/runtime/ports';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../cloudfunctions/registry';
import { testIdNumber, testPhone } from '../../test/support/id-numbers';
import { countingStore, type OpCounts } from './counting-store';

/**
 * `npm run bench:legal`: 法律援助 on the local SQLite store (a file, WAL, as the local host runs it),
 * through the real router. A district of 32 grassroots unions and 320 members files 5,000 cases over
 * 60 days; then the staff queue, the district's overdue list, the case file, accepting and a 1 MB
 * evidence upload are timed, with the store operations each call makes (CloudBase bills every one).
 * Prints one JSON line; fails if any call answers an error.
 */
const caseCount = Number(process.env.LEGAL_BENCH_CASES ?? 5000);
const membersPerUnion = 10;
const dayMs = 24 * 3_600_000;
const now = Date.parse('2026-11-30T10:00:00+08:00');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
};
const perCall = (counts: OpCounts, calls: number) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0).map(([op, n]) => [op, Math.round((n / calls) * 10) / 10]));

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-legal-'));
  const clock = fixedClock(now - 60 * dayMs);
  const local = composeLocal({ dataDir, clock, logger: silentLogger, env: {} });
  const counting = countingStore(local.ports.store);
  const ports: Ports = { ...local.ports, store: counting.store };
  const call = async <T>(fn: 'member' | 'legal', action: string, data: unknown, openid: string, requestId?: string): Promise<T> => {
    const result = (await handleCall(fn, functionRegistry[fn], { action, data, requestId }, openid, { ports, adminOpenids: new Set() })) as Envelope<T>;
    if (!result.ok) throw new Error(`${fn}.${action} as ${openid}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  const timed = async (runs: number, run: (i: number) => Promise<unknown>) => {
    counting.take();
    const ms: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run(i);
      ms.push(performance.now() - started);
    }
    return { runs, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), storeOpsPerCall: perCall(counting.take(), runs) };
  };

  try {
    // The district: a root over 4 streets over 8 grassroots unions each.
    const { store } = local.ports;
    const union = async (id: string, parent: UnionDoc | null, level: UnionDoc['level']): Promise<UnionDoc> => {
      const doc: UnionDoc = { _id: id, name: `${id}工会`, parentId: parent?._id ?? null, path: unionPathOf(parent?.path ?? null, id), level, acceptsMembers: level === 'grassroots', mainOccupation: null, area: '青山区', address: null, foundedAt: 0, createdAt: 0 };
      await store.insert(Unions, doc);
      return doc;
    };
    const root = await union('root', null, 'district');
    const grassroots: UnionDoc[] = [];
    for (let s = 0; s < 4; s += 1) {
      const street = await union(`street-${s}`, root, 'street');
      for (let g = 0; g < 8; g += 1) grassroots.push(await union(`g-${s}-${g}`, street, 'grassroots'));
    }
    const grant = (openid: string, target: UnionDoc, roles: Array<'reviewer' | 'operator' | 'admin'>) =>
      store.insert(Staff, { _id: staffIdOf(openid, target._id), openid, unionId: target._id, unionPath: target.path, unionName: target.name, roles, grantedAt: 0, grantedBy: 'bench' });
    await grant('bench-operator', grassroots[0], ['reviewer', 'operator']);
    await grant('bench-admin', root, ['admin']);

    const members: string[] = [];
    for (const [u, target] of grassroots.entries()) {
      for (let m = 0; m < membersPerUnion; m += 1) {
        const serial = u * membersPerUnion + m;
        const openid = `bench-member-${serial}`;
        await call('member', 'join', { name: '测试会员', idNumber: testIdNumber(serial), phone: testPhone(serial), occupation: 'rider', workArea: '青山区', unionId: target._id, consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }, openid);
        await call('member', 'review', { memberId: openid, decision: 'approve' }, 'bench-admin');
        members.push(openid);
      }
    }

    // 5,000 requests over 60 days, each through legal.submit with its requestId.
    const input = (i: number) => ({
      caseType: (['wageArrears', 'workInjury', 'platformPenalty', 'laborRelation'] as const)[i % 4],
      story: `第${i}号申请：两个月的工资一共7200元，站点一直拖着不发，站长说等平台结算。`,
      otherParty: { kind: 'company', name: '长青配送站' },
      amountClaimed: 1000 + (i % 50) * 100,
      startedOn: '2026-09',
      contact: { phone: testPhone(900000 + i), time: 'evening' },
    });
    const step = (60 * dayMs) / caseCount;
    const submit = await timed(caseCount, async (i) => {
      clock.advance(step);
      await call('legal', 'submit', input(i), members[i % members.length], `bench-submit-${i}`);
    });
    clock.set(now);
    const mine = (await store.find(LegalCases, { where: { unionPath: grassroots[0].path, status: 'submitted' }, orderBy: [['submittedAt', 'desc']], limit: 100 })).items;

    const queueUnion = await timed(200, () => call('legal', 'queue', { view: 'waiting', limit: 20 }, 'bench-operator'));
    const queueByType = await timed(200, () => call('legal', 'queue', { view: 'waiting', caseType: 'workInjury', limit: 20 }, 'bench-operator'));
    const overdueDistrict = await timed(200, () => call('legal', 'queue', { view: 'overdue', limit: 20 }, 'bench-admin'));
    const caseFile = await timed(200, (i) => call('legal', 'caseFile', { caseId: mine[i % mine.length]._id }, 'bench-operator'));
    const accept = await timed(Math.min(50, mine.length), (i) => call('legal', 'transition', { step: 'accept', caseId: mine[i]._id }, 'bench-operator', `bench-accept-${i}`));
    const jpeg = Buffer.alloc(1024 * 1024, 0x20);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(jpeg);
    const upload = await timed(15, (i) => call('legal', 'uploadEvidence', { name: '工资条.jpg', contentType: 'image/jpeg', dataBase64: jpeg.toString('base64') }, members[i], `bench-upload-${i}`));

    const overdueCount = await store.count(LegalCases, { status: 'submitted', answerBy: { $lt: now } });
    console.log(
      JSON.stringify({
        bench: 'legal',
        cases: caseCount,
        unions: grassroots.length,
        overdueWaiting: overdueCount,
        submit: { ...submit, perSec: Math.round(1000 / submit.p50Ms) },
        queueOwnUnion: queueUnion,
        queueOwnUnionByType: queueByType,
        overdueWholeDistrict: overdueDistrict,
        caseFile,
        accept,
        upload1MB: upload,
      }),
    );
  } finally {
    local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
