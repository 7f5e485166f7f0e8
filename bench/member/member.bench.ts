import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { privacyNoticeVersion } from '@core/privacy';
import { monthKey } from '@core/rules/time';
import { Audit } from '../../cloudfunctions/common/collections/audit.collection';
import { Idempotency } from '../../cloudfunctions/common/collections/idempotency.collection';
import { Members, type MemberDoc } from '../../cloudfunctions/common/collections/members.collection';
import { UniqueKeys } from '../../cloudfunctions/common/collections/unique-keys.collection';
import { composeLocal } from '../../cloudfunctions/common/composition/local.composition';
import { seedDemoData } from '../../cloudfunctions/common/local-host/seed';
import { demoUnionById, demoUnionPathOf, secondStaffUnionId, staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import { fixedClock } from '../../cloudfunctions/common/ports/clock.port';
import { silentLogger } from '../../cloudfunctions/common/ports/logger.port';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { countMember } from '../../cloudfunctions/member/member-counters';
import { formatMemberNumber } from '../../cloudfunctions/member/member-number';
import { sealPersonalData } from '../../cloudfunctions/member/personal-data';
import { functionRegistry } from '../../cloudfunctions/registry';
import { testIdNumber, testPhone } from '../../test/support/id-numbers';
import { countingStore } from '../../test/support/counting-store';

/**
 * `npm run bench:member`: the cost of a life on the move in a busy district, on a SQLite file like the
 * local host's. `members` approved members (each with the audit record of their approval and the stored
 * answer of a retried request, the records erasure has to search), then through the real router:
 * `moves` transfer requests accepted by the receiving union, a member's timeline and export, and their
 * erasure. Prints one JSON line: milliseconds per call (mean) and store reads/writes per call, which
 * CloudBase bills. Erasure scans the audit log and the stored answers (they cannot be found by an index:
 * a member's id is inside other records' ids and answers), so its cost grows with them; it is rare.
 */
const members = Number(process.env.BENCH_MEMBERS ?? 20_000);
const moves = Number(process.env.BENCH_MOVES ?? 200);
const now = Date.parse('2026-11-29T10:00:00+08:00');

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-member-'));
  const clock = fixedClock(now);
  const local = composeLocal({ dataDir, clock, logger: silentLogger, env: {} });
  try {
    await seedDemoData(local.ports);
    const union = demoUnionById(staffUnionId);
    const unionPath = demoUnionPathOf(staffUnionId);
    const seedStarted = Date.now();
    const batch = 1000;
    for (let first = 0; first < members; first += batch) {
      await local.ports.store.transaction(async (tx) => {
        for (let i = first; i < Math.min(first + batch, members); i += 1) {
          const openid = `bench-${i}`;
          const joinedAt = now - (i % 700) * 24 * 3_600_000;
          const sealed = sealPersonalData(local.ports.pii, testIdNumber(i % 1000, String(110101 + Math.floor(i / 1000)), '19900101'), testPhone(50_000_000 + i));
          const member: MemberDoc = {
            _id: openid,
            status: 'approved',
            name: `测试会员${i}`,
            ...sealed.fields,
            occupation: 'rider',
            employer: '美团',
            workArea: '青山区',
            unionId: union.id,
            unionPath,
            unionName: union.name,
            driveId: null,
            consent: { version: privacyNoticeVersion, privacyAt: joinedAt, sensitiveAt: joinedAt },
            submittedAt: joinedAt,
            reviewedAt: joinedAt,
            reviewerOpenid: 'demo-staff',
            rejectReason: null,
            memberNo: formatMemberNumber(Number(monthKey(joinedAt).slice(0, 4)), 100 + i),
            joinedAt,
            withdrawnAt: null,
            withdrawReason: null,
            pastMemberships: [],
            pendingTransferId: null,
            phoneReleasedAt: null,
            holdingsPending: false,
            updatedAt: joinedAt,
          };
          await tx.insert(Members, member);
          await tx.insert(UniqueKeys, { _id: sealed.keys.idNumber, kind: 'idNumber', owner: openid, createdAt: joinedAt });
          await tx.insert(UniqueKeys, { _id: sealed.keys.phone, kind: 'phone', owner: openid, createdAt: joinedAt });
          await countMember(tx, member as MemberDoc & { joinedAt: number }, 1);
          await tx.insert(Audit, {
            _id: `bench-review-${i}`,
            at: joinedAt,
            actorOpenid: 'demo-staff',
            action: 'member.review',
            unionId: union.id,
            unionPath,
            target: { collection: 'members', id: openid },
            summary: `批准入会，会员号 ${member.memberNo}`,
            requestId: `bench-${i}`,
          });
          await tx.insert(Idempotency, {
            _id: `bench-marker-${i}`,
            state: 'done',
            envelopeJson: JSON.stringify({ ok: true, data: { status: 'pending', name: member.name, idMasked: member.idMasked } }),
            createdAt: joinedAt,
            owner: openid,
          });
        }
      });
    }
    const seedSec = (Date.now() - seedStarted) / 1000;

    const counting = countingStore(local.ports.store);
    const ports = { ...local.ports, store: counting.store };
    const call = async (action: string, data: unknown, openid: string, requestId?: string) => {
      const result = await handleCall('member', functionRegistry.member, { action, data, requestId }, openid, { ports, adminOpenids: local.adminOpenids });
      if (!result.ok) throw new Error(`member.${action} as ${openid}: ${result.error.code}`);
      return result.data as Record<string, unknown>;
    };
    /** Runs `step` for each of `count` people, returning mean ms and store operations per call. */
    const measure = async (count: number, step: (i: number) => Promise<unknown>) => {
      counting.reset();
      const started = process.hrtime.bigint();
      for (let i = 0; i < count; i += 1) await step(i);
      const ms = Number(process.hrtime.bigint() - started) / 1e6 / count;
      return { ms: Math.round(ms * 100) / 100, reads: counting.counts.reads / count, writes: counting.counts.writes / count };
    };

    const transferIds: string[] = [];
    const request = await measure(moves, async (i) => {
      const transfer = await call('requestTransfer', { toUnionId: secondStaffUnionId }, `bench-${i}`, `bench-move-${i}`);
      transferIds.push(String(transfer.id));
    });
    const accept = await measure(moves, (i) => call('decideTransfer', { transferId: transferIds[i], decision: 'accept' }, 'demo-staff-2', `bench-accept-${i}`));
    const timeline = await measure(20, (i) => call('timeline', {}, `bench-${i}`));
    const exported = await measure(20, (i) => call('exportMine', {}, `bench-${i}`));
    const erased = await measure(5, (i) => call('deleteMine', { confirm: '删除我的全部信息' }, `bench-${i}`, `bench-erase-${i}`));

    console.log(
      JSON.stringify({
        members,
        auditRecords: await local.ports.store.count(Audit),
        idempotencyMarkers: await local.ports.store.count(Idempotency),
        seedSec: Math.round(seedSec * 10) / 10,
        requestTransferMs: request.ms,
        requestTransferReads: request.reads,
        requestTransferWrites: request.writes,
        acceptTransferMs: accept.ms,
        acceptTransferReads: accept.reads,
        acceptTransferWrites: accept.writes,
        timelineMs: timeline.ms,
        timelineReads: timeline.reads,
        exportMineMs: exported.ms,
        exportMineReads: exported.reads,
        deleteMineMs: erased.ms,
        deleteMineReads: erased.reads,
        deleteMineWrites: erased.writes,
      }),
    );
  } finally {
    local.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
