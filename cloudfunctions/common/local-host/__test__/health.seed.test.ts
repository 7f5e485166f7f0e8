import { healthNoticeVersion } from '@core/health-privacy';
import { shanghaiTime } from '@core/rules/health-booking';
import type { Envelope } from '@core/result';
import { functionRegistry } from '../../../registry';
import { composeInMemory, type LocalComposition } from '../../composition/local.composition';
import { fixedClock } from '../../ports/clock.port';
import { handleCall } from '../../runtime/router';
import { seedDemoData } from '../seed';
import { demoOpenids } from '../seed/demo-identities';
import { demoHealthPlanId } from '../seed/health.seed';

const seededAt = shanghaiTime('2026-11-29', '10:00');

describe('demo seed: 体检', () => {
  const clock = fixedClock(seededAt);
  let composition: LocalComposition;
  const call = <T>(action: string, data: unknown, openid: string) =>
    handleCall('health', functionRegistry.health, { action, data }, openid, { ports: composition.ports, adminOpenids: composition.adminOpenids }) as Promise<
      Envelope<T>
    >;

  beforeEach(async () => {
    clock.set(seededAt);
    composition = composeInMemory({ clock });
    await seedDemoData(composition.ports);
  });
  afterEach(() => composition.close());

  it('offers demo-member the winter plan, open to them now, with a bus and a hospital', async () => {
    const plans = await call<{ items: Array<{ id: string; window: { state: string }; sites: Array<{ kind: string }>; firstDay: string }> }>('plans', {}, demoOpenids.member);
    expect(plans).toMatchObject({ ok: true, data: { items: [{ id: demoHealthPlanId, window: { state: 'open' }, firstDay: '2026-12-01', sites: [{ kind: 'bus' }, { kind: 'hospital' }] }] } });
    const bus = await call<{ slots: Array<{ remaining: number }> }>('slots', { planId: demoHealthPlanId, siteId: 's1' }, demoOpenids.member);
    expect(bus.ok && bus.data.slots).toHaveLength(12);
    const hospital = await call<{ slots: Array<{ remaining: number }> }>('slots', { planId: demoHealthPlanId, siteId: 's2' }, demoOpenids.member);
    expect(hospital.ok && hospital.data.slots.map((slot) => slot.remaining)).toEqual(Array(15).fill(10));
  });

  it('lets demo-member book and demo-staff check them in on the day and see it in the stats', async () => {
    const slotId = `${demoHealthPlanId}_s1_20261201_0800`;
    const booked = await call<{ code: string }>('book', { planId: demoHealthPlanId, slotId, consent: { version: healthNoticeVersion, health: true } }, demoOpenids.member);
    expect(booked.ok).toBe(true);
    expect(await call('managedPlans', {}, demoOpenids.staff)).toMatchObject({ ok: true, data: { items: [{ id: demoHealthPlanId }] } });
    clock.set(shanghaiTime('2026-12-01', '07:55'));
    expect(await call('checkIn', { planId: demoHealthPlanId, siteId: 's1', code: booked.ok ? booked.data.code : '' }, demoOpenids.staff)).toMatchObject({
      ok: true,
      data: { name: '李明辉' },
    });
    expect(await call('planStats', { planId: demoHealthPlanId }, demoOpenids.staff)).toMatchObject({
      ok: true,
      data: { totals: { booked: 1, checkedIn: 1 }, occupations: [{ occupation: 'rider', checkedIn: 1 }] },
    });
  });

  it('keeps it from workers who have not joined', async () => {
    expect(await call('plans', {}, demoOpenids.worker)).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
  });
});
