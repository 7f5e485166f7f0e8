import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { healthNoticeVersion } from '@core/health-privacy';
import { dayKey } from '@core/rules/time';
import { slotIdOf } from '@core/rules/health-slots';
import type { Envelope } from '@core/result';
import { Bookings, type BookingDoc } from '../../cloudfunctions/common/collections/bookings.collection';
import { HealthSlots } from '../../cloudfunctions/common/collections/health-slots.collection';
import { composeLocal } from '../../cloudfunctions/common/composition/local.composition';
import { staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import { seedDemoData } from '../../cloudfunctions/common/local-host/seed';
import { silentLogger } from '../../cloudfunctions/common/ports/logger.port';
import type { Page } from '../../cloudfunctions/common/ports/store.port';
import { addBenchMembers } from './bench-members';
import { runRace, tallyRace } from './race';

/**
 * 2,000 workers race for 100 seats (20 slots × 5) of one plan through the local host's HTTP API, 200
 * requests in flight, 400 of them tapping twice. Prints one JSON line; exits 1 if any seat was sold
 * twice, any worker booked twice, or a counter disagrees with the bookings.
 */
const slots = 20;
const seatsPerSlot = 5;
const bookers = 2000;
const doubleTaps = 400;
const concurrency = 200;
const root = path.resolve(__dirname, '..', '..');
const dayMs = 24 * 3600_000;

const startHost = (dataDir: string): Promise<{ origin: string; stop: () => Promise<void> }> => {
  const main = path.join(root, 'dist', 'bench', `host-${process.pid}`, 'main.js');
  const bundled = spawnSync(process.execPath, ['scripts/start.mjs', '--bundle-only', `--outfile=${main}`], { cwd: root, encoding: 'utf8' });
  if (bundled.status !== 0) throw new Error(`bundling the local host failed:\n${bundled.stderr}`);
  const child = spawn(process.execPath, [main], {
    cwd: root,
    // A bare environment (cast: types/global.d.ts declares NODE_ENV and TARO_ENV as always present).
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', NUANXIN_DATA_DIR: dataDir, NUANXIN_H5_DIR: path.join(dataDir, 'no-h5') } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanUp = () => rmSync(path.dirname(main), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      // Every request is logged: keep only what the start-up line needs.
      if (output.length < 20_000) output += chunk.toString('utf8');
      const match = /暖新本地服务已启动: (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolve({ origin: match[1], stop: async () => { child.kill('SIGTERM'); await exited; cleanUp(); } });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => {
      cleanUp();
      reject(new Error(`local host exited:\n${output}`));
    });
  });
};

const callAs = async (origin: string, openid: string, action: string, data: unknown, requestId?: string): Promise<Envelope<unknown>> => {
  const response = await fetch(`${origin}/api/health`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, data, ...(requestId ? { requestId } : {}) }),
  });
  return (await response.json()) as Envelope<unknown>;
};

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-bookings-'));
  try {
    const setup = composeLocal({ dataDir, logger: silentLogger, env: {} });
    await seedDemoData(setup.ports);
    const workers = await addBenchMembers(setup, bookers);
    setup.close();

    const host = await startHost(dataDir);
    let race: Awaited<ReturnType<typeof runRace>> | undefined;
    let planId = '';
    try {
      const now = Date.now();
      const days = [dayKey(now + 2 * dayMs), dayKey(now + 3 * dayMs)];
      const created = await callAs(host.origin, 'demo-admin', 'createPlan', {
        title: '压测：冬季骑手免费体检',
        unionId: staffUnionId,
        provider: '青山区康宁医院体检中心',
        items: ['bloodRoutine', 'ecg'],
        sites: [{ name: '流动体检车·美团长青站', address: '青山区长青路128号站点门口', kind: 'bus' }],
        firstDay: days[0],
        lastDay: days[1],
        opensAt: now - 3600_000,
        priorityDays: 0,
        lateDays: 0,
      });
      if (!created.ok) throw new Error(`createPlan: ${JSON.stringify(created.error)}`);
      planId = (created.data as { id: string }).id;
      const times = Array.from({ length: slots / days.length }, (_, i) => ({ start: `${String(8 + i).padStart(2, '0')}:00`, end: `${String(8 + i).padStart(2, '0')}:30` }));
      const generated = await callAs(host.origin, 'demo-admin', 'generateSlots', { planId, siteId: 's1', days, times, capacity: seatsPerSlot });
      if (!generated.ok) throw new Error(`generateSlots: ${JSON.stringify(generated.error)}`);
      const slotIds = days.flatMap((day) => times.map((time) => slotIdOf(planId, 's1', day, time.start)));

      race = await runRace({ planId, slotIds, bookers: workers, doubleTaps, concurrency, consentVersion: healthNoticeVersion }, (openid, input, requestId) =>
        callAs(host.origin, openid, 'book', input, requestId),
      );
    } finally {
      await host.stop();
    }

    const check = composeLocal({ dataDir, logger: silentLogger, env: {} });
    const bookings: BookingDoc[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<BookingDoc> = await check.ports.store.find(Bookings, { where: { planId }, limit: 100, cursor });
      bookings.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const slotDocs = (await check.ports.store.find(HealthSlots, { where: { planId }, limit: 100 })).items;
    check.close();

    if (!race) throw new Error('the race did not run');
    const tally = tallyRace(race.answers, bookings, slotDocs);
    console.log(
      JSON.stringify({
        slots: slotDocs.length,
        capacity: slotDocs.reduce((sum, slot) => sum + slot.capacity, 0),
        bookers,
        doubleTaps,
        booked: tally.booked,
        overbooked: tally.overbooked,
        duplicates: tally.duplicates,
        bookingsPerSec: Math.round(race.answers.length / race.seconds),
      }),
    );
    if (tally.booked !== slots * seatsPerSlot || tally.overbooked || tally.duplicates || tally.miscounted || tally.unexpected.length) {
      console.error(`bench:bookings found a problem: ${JSON.stringify({ ...tally, unexpected: tally.unexpected.slice(0, 10) })}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
