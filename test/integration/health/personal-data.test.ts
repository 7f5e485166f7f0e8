import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BookingCodes } from '../../../cloudfunctions/common/collections/booking-codes.collection';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthSlots } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { personalDataHolders } from '../../../cloudfunctions/common/personal-data/holders';
import { healthPersonalData } from '../../../cloudfunctions/health/personal-data';
import { shanghaiTime } from '@core/rules/health-booking';
import { composeLocal } from '../../../cloudfunctions/common/composition/local.composition';
import { seedDemoData } from '../../../cloudfunctions/common/local-host/seed';
import { fixedClock } from '../../../cloudfunctions/common/ports/clock.port';
import { silentLogger } from '../../../cloudfunctions/common/ports/logger.port';
import { handleCall } from '../../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../../cloudfunctions/registry';
import { addMember, bookInput, createPlanWithSlots, planDays, planInput, slotOf } from '../../support/health';
import { createWorld, type World } from '../../support/world';

describe('体检 personal data', () => {
  let world: World;
  let planId: string;
  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    await addMember(world, 'w-woman', 2);
    await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00'), { mayBePregnant: true }), 'w-woman');
  });
  afterEach(() => world.close());

  it('is registered for export and deletion', () => {
    expect(personalDataHolders).toContain(healthPersonalData);
  });

  it('exports the worker’s bookings with her own answer, readable', async () => {
    const exported = await healthPersonalData.exportFor('w-woman', world.ports);
    expect(exported).toEqual([
      expect.objectContaining({
        体检: '长青骑手冬季免费体检',
        地点: '流动体检车·长青站点',
        时间: '12月3日 08:00',
        状态: '已预约',
        健康问题: '是否可能怀孕：是',
        不做的项目: ['胸部DR'],
      }),
    ]);
  });

  it('erases bookings and codes, gives a future seat back, keeps anonymous counts of finished checks, and can run twice', async () => {
    world.clock.set(shanghaiTime('2026-11-30', '09:00'));
    const hospital = slotOf(planId, 's2', planDays[0], '09:00');
    await world.call('health', 'book', bookInput(planId, hospital), 'member');
    world.clock.set(shanghaiTime(planDays[0], '09:05'));
    const memberBooking = await world.ports.store.get(Bookings, `${planId}_w-member`);
    await world.call('health', 'checkIn', { planId, siteId: 's2', code: memberBooking!.code }, 'staffHere');

    await healthPersonalData.eraseFor('w-woman', world.ports);
    await healthPersonalData.eraseFor('w-member', world.ports);
    await healthPersonalData.eraseFor('w-woman', world.ports);
    expect(await world.ports.store.count(Bookings)).toBe(0);
    expect(await world.ports.store.count(BookingCodes)).toBe(0);
    expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[0], '08:00'))).toMatchObject({ booked: 0, remaining: 2 });
    // The check that happened stays counted, with nobody attached to it.
    expect(await world.ports.store.get(HealthSlots, hospital)).toMatchObject({ booked: 1, checkedIn: 1 });
    expect(await world.ports.store.get(Counters, `healthPlan:${planId}:rider`)).toMatchObject({ booked: 1, checkedIn: 1 });
    expect(JSON.stringify(await world.ports.store.find(Counters, { limit: 100 }))).not.toMatch(/w-woman|w-member/);
  });
});

/**
 * The health answer is sealed like an ID number: read the database files themselves (main file and
 * WAL) after a real booking through the router on a file-backed store with the demo seed.
 */
describe('体检 answers at rest', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-health-at-rest-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no health answer in plain text in the SQLite files', async () => {
    const clock = fixedClock(shanghaiTime('2026-11-29', '10:00'));
    const local = composeLocal({ dataDir, clock, logger: silentLogger, env: {} });
    await seedDemoData(local.ports);
    const call = (fn: 'member' | 'health', action: string, data: unknown, openid: string) =>
      handleCall(fn, functionRegistry[fn], { action, data }, openid, { ports: local.ports, adminOpenids: local.adminOpenids });

    // 陈晓燕, a seeded applicant of demo-staff's union, is a woman: approved, then she books.
    expect(await call('member', 'review', { memberId: 'demo-applicant-2', decision: 'approve' }, 'demo-staff')).toMatchObject({ ok: true });
    const plan = await call('health', 'createPlan', planInput({ unionId: 'meituan-changqing' }), 'demo-admin');
    const planId = plan.ok ? (plan.data as { id: string }).id : '';
    await call('health', 'generateSlots', { planId, siteId: 's1', days: [planDays[0]], times: [{ start: '08:00', end: '08:30' }], capacity: 2 }, 'demo-admin');
    const booked = await call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00'), { mayBePregnant: true }), 'demo-applicant-2');
    expect(booked).toMatchObject({ ok: true, data: { skippedItems: ['chestDr'] } });

    const read = () =>
      readdirSync(dataDir)
        .filter((name) => name.startsWith('nuanxin.sqlite'))
        .map((name) => readFileSync(path.join(dataDir, name)).toString('latin1'))
        .join('');
    const beforeClose = read();
    local.close();
    for (const bytes of [beforeClose, read()]) {
      expect(bytes).toContain('answersCipher');
      expect(bytes).not.toContain('mayBePregnant');
    }
  });
});
