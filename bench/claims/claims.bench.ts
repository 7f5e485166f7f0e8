/**
 * `npm run bench:claims`: 10,000 members and 2,000 repeated taps race for 500 packs through the local
 * host's HTTP API at concurrency 200, on a fresh data dir (file SQLite, WAL, as `npm start` runs).
 * Then the same reads and writes as bare SQL on the same kind of file. Prints one JSON line:
 *   {"stock","claimants","doubleTaps","granted","duplicates","claimsPerSec","rawPerSec","readsPerClaim","writesPerClaim"}
 * claimsPerSec and rawPerSec count every claim call (granted or refused) per second; reads/writes per
 * claim are the store operations of a granted claim, the router's idempotency marker included, as
 * CloudBase would bill them. A breakdown goes to stderr.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Campaigns } from '../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../cloudfunctions/common/collections/claims.collection';
import { Members } from '../../cloudfunctions/common/collections/members.collection';
import { Stations, type StationDoc } from '../../cloudfunctions/common/collections/stations.collection';
import { composeLocal } from '../../cloudfunctions/common/composition/local.composition';
import { seedDemoData } from '../../cloudfunctions/common/local-host/seed';
import { demoOpenids } from '../../cloudfunctions/common/local-host/seed/demo-identities';
import { demoStationId } from '../../cloudfunctions/common/local-host/seed/demo-stations';
import { demoUnionById, demoUnionPathOf, rootUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import { createLocalServer } from '../../cloudfunctions/common/local-host/server';
import { silentLogger } from '../../cloudfunctions/common/ports/logger.port';
import type { Ports } from '../../cloudfunctions/common/runtime/ports';
import { functionRegistry } from '../../cloudfunctions/registry';
import { newCampaignDoc } from '../../cloudfunctions/welfare/campaign-doc';
import { countingStore } from '../../test/support/counting-store';
import { runRawSql, type Outcome } from './raw-sql';

const stock = 500;
const claimants = 10_000;
const doubleTaps = 2_000;
const concurrency = 200;
const campaignId = 'cp_bench_cooling';
const dayMs = 24 * 3600_000;

/** A deterministic shuffle, so every run races the same order. */
const shuffled = <T>(items: T[], seed = 20260715): T[] => {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
};

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-claims-'));
  const local = composeLocal({ dataDir, logger: silentLogger, env: {} });
  try {
    await seedDemoData(local.ports);
    const { store } = local.ports;

    // Setting up is not measured: members copied from the seeded demo member, one members-only pool.
    const template = (await store.get(Members, demoOpenids.member))!;
    const openids = Array.from({ length: claimants }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
    await store.transaction(async (tx) => {
      for (const [i, openid] of openids.entries()) await tx.insert(Members, { ...template, _id: openid, memberNo: `NXB${String(i).padStart(8, '0')}` });
    });
    const station = (await store.get(Stations, demoStationId)) as StationDoc;
    const root = demoUnionById(rootUnionId);
    const now = local.ports.clock.now();
    await store.insert(
      Campaigns,
      newCampaignDoc({
        id: campaignId,
        settings: {
          kind: 'cooling', title: '压测送清凉', description: '', membersOnly: true, occupations: [], perPerson: 'once',
          claimStartsAt: now - dayMs, claimEndsAt: now + dayMs, pickupStartsAt: now - dayMs, pickupEndsAt: now + 2 * dayMs,
          voucherValidHours: 72, stockMode: 'pooled', totalStock: stock, stations: [{ stationId: station._id }],
        },
        union: { _id: root.id, name: root.name, path: demoUnionPathOf(root.id) },
        stations: new Map([[station._id, station]]),
        pictureFileId: null,
        createdBy: 'bench',
        now,
      }),
    );

    // Each request's store operations, attributed through the async context the request runs in.
    const perRequest = new AsyncLocalStorage<{ reads: number; writes: number }>();
    const counting = countingStore(store, (kind) => {
      const mine = perRequest.getStore();
      if (mine) mine[kind] += 1;
    });
    const ports: Ports = { ...local.ports, store: counting.store };
    const server = createLocalServer({
      deps: { ports, adminOpenids: new Set() },
      functions: functionRegistry,
      h5Dir: path.join(dataDir, 'no-h5'),
      filesDir: local.filesDir,
      logger: silentLogger,
    });
    const [handler] = server.listeners('request') as Array<(req: http.IncomingMessage, res: http.ServerResponse) => void>;
    server.removeAllListeners('request');
    const costs = new WeakMap<http.IncomingMessage, { reads: number; writes: number }>();
    server.on('request', (request, response) => {
      const cost = { reads: 0, writes: 0 };
      costs.set(request, cost);
      response.setHeader('x-bench-cost', '');
      const writeHead = response.writeHead.bind(response);
      response.writeHead = ((...args: Parameters<typeof response.writeHead>) => {
        response.setHeader('x-bench-cost', `${cost.reads},${cost.writes}`);
        return writeHead(...args);
      }) as typeof response.writeHead;
      perRequest.run(cost, () => handler(request, response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

    const post = (openid: string, requestId: string) =>
      new Promise<{ ok: boolean; code: string | null; reads: number; writes: number }>((resolve, reject) => {
        const body = JSON.stringify({ action: 'claim', data: { campaignId, stationId: station._id }, requestId });
        const request = http.request(
          { host: '127.0.0.1', port, path: '/api/welfare', method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-dev-openid': openid, 'content-length': Buffer.byteLength(body) } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; error?: { code: string } };
              const [reads, writes] = String(response.headers['x-bench-cost'] ?? '0,0').split(',').map(Number);
              resolve({ ok: envelope.ok, code: envelope.error?.code ?? null, reads, writes });
            });
          },
        );
        request.on('error', reject);
        request.end(body);
      });

    // Workers in a shuffled order; a repeated tap (a second submission, new requestId) right behind its first.
    const repeaters = new Set(shuffled([...openids], 7).slice(0, doubleTaps));
    const taps = shuffled([...openids]).flatMap((openid) => [
      { openid, requestId: `${openid}-first` },
      ...(repeaters.has(openid) ? [{ openid, requestId: `${openid}-again` }] : []),
    ]);
    const answers: Array<{ openid: string; ok: boolean; code: string | null; reads: number; writes: number }> = [];
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < taps.length) {
          const tap = taps[next];
          next += 1;
          answers.push({ openid: tap.openid, ...(await post(tap.openid, tap.requestId)) });
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    agent.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const granted = answers.filter((answer) => answer.ok);
    const grantedTo = new Set(granted.map((answer) => answer.openid));
    const vouchers = await store.count(Claims, { campaignId, status: 'active' });
    const campaign = (await store.get(Campaigns, campaignId))!;
    const unexpected = answers.filter((answer) => !answer.ok && answer.code !== 'WELFARE.SOLD_OUT' && answer.code !== 'WELFARE.ALREADY_CLAIMED');
    if (vouchers !== granted.length || campaign.remaining !== stock - granted.length || unexpected.length > 0) {
      throw new Error(`inconsistent run: ${granted.length} granted, ${vouchers} vouchers, ${campaign.remaining} left, ${unexpected.length} unexpected (${unexpected[0]?.code})`);
    }
    const outcomeOf = (answer: (typeof answers)[number]): Outcome =>
      answer.ok ? 'granted' : answer.code === 'WELFARE.ALREADY_CLAIMED' ? 'alreadyClaimed' : 'soldOut';
    const average = (list: typeof answers, key: 'reads' | 'writes') => Math.round((list.reduce((sum, a) => sum + a[key], 0) / Math.max(1, list.length)) * 100) / 100;

    const rawSeconds = runRawSql({
      file: path.join(dataDir, 'raw.sqlite'),
      members: openids.map((openid) => ({ id: openid, json: JSON.stringify({ ...template, _id: openid }) })),
      campaign: { id: campaignId, json: JSON.stringify(await store.get(Campaigns, campaignId)) },
      calls: answers.map((answer) => ({ openid: answer.openid, outcome: outcomeOf(answer) })),
    });

    console.log(
      JSON.stringify({
        stock,
        claimants,
        doubleTaps,
        granted: granted.length,
        duplicates: granted.length - grantedTo.size,
        claimsPerSec: Math.round(answers.length / seconds),
        rawPerSec: Math.round(answers.length / rawSeconds),
        readsPerClaim: average(granted, 'reads'),
        writesPerClaim: average(granted, 'writes'),
      }),
    );
    const byOutcome = (outcome: Outcome) => answers.filter((answer) => outcomeOf(answer) === outcome);
    console.error(
      `claims: ${answers.length} calls in ${seconds.toFixed(2)} s over HTTP, ${rawSeconds.toFixed(2)} s as bare SQL; ` +
        (['granted', 'alreadyClaimed', 'soldOut'] as const)
          .map((outcome) => `${outcome} ${byOutcome(outcome).length} × ${average(byOutcome(outcome), 'reads')}R/${average(byOutcome(outcome), 'writes')}W`)
          .join(', ') +
        ' (each includes the idempotency marker: 0R/2W)',
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
