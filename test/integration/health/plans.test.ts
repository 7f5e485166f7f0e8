import type { WorkerPlanView } from '@core/contracts/health.contract';
import type { SlotView } from '@core/contracts/health-fields';
import { shanghaiTime } from '@core/rules/health-booking';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { addMember, bookInput, createPlanWithSlots, pastBooking, planDays, slotOf } from '../../support/health';
import { createWorld, type World } from '../../support/world';

type Plans = { now: number; items: WorkerPlanView[] };

describe('health.plans and health.slots', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('shows a member the plans of their union and the unions above it, with the package, places and what to bring', async () => {
    const planId = await createPlanWithSlots(world);
    const districtPlan = await createPlanWithSlots(world, { unionId: 'root', title: '全区快递外卖骑手体检' });
    const result = await world.call<Plans>('health', 'plans', {}, 'member');
    expect(result.ok).toBe(true);
    const items = result.ok ? result.data.items : [];
    expect(items.map((plan) => plan.id).sort()).toEqual([planId, districtPlan].sort());
    expect(items[0]).toMatchObject({
      provider: '青山区康宁医院体检中心',
      sites: [expect.objectContaining({ id: 's1', kind: 'bus' }), expect.objectContaining({ id: 's2', kind: 'hospital' })],
      eligible: true,
      ineligibleReason: null,
      window: { state: 'open', tier: 'priority', message: '你近12个月没有做过体检，可以优先预约' },
      asksPregnancy: false,
      myBooking: null,
    });
    expect(items[0].preparation).toEqual([
      '需要空腹：检查前一晚10点以后不要吃东西、不喝饮料，可以喝少量白开水',
      '请带本人身份证，到现场出示预约二维码',
      '有胸部DR检查：穿没有金属扣的衣服，不戴项链',
      '体检前一天不要喝酒',
    ]);
  });

  it('shows nothing of a plan in another branch of the union tree', async () => {
    const planId = await createPlanWithSlots(world);
    await addMember(world, 'w-g2', 31, 'g2');
    expect(await world.call('health', 'plans', {}, 'w-g2')).toEqual({ ok: true, data: { now: world.clock.now(), items: [] } });
    expect(await world.call('health', 'slots', { planId, siteId: 's1' }, 'w-g2')).toMatchObject({ ok: false, error: { code: 'HEALTH.PLAN_NOT_FOUND' } });
  });

  it('says why a worker may not book: occupation or age', async () => {
    await createPlanWithSlots(world, { occupations: ['courier'], title: '快递员专场体检' });
    await createPlanWithSlots(world, { ageMax: 30, title: '青年工友体检' });
    const result = await world.call<Plans>('health', 'plans', {}, 'member');
    const reasons = result.ok ? Object.fromEntries(result.data.items.map((plan) => [plan.title, plan.ineligibleReason])) : {};
    expect(reasons).toEqual({ 快递员专场体检: '这次体检只面向快递员', 青年工友体检: '这次体检面向30岁及以下的工友' });
  });

  it('asks the pregnancy question only of women, and only for a package with an X-ray', async () => {
    await createPlanWithSlots(world);
    await createPlanWithSlots(world, { items: ['bloodRoutine', 'ecg'], title: '不含胸片的体检' });
    await addMember(world, 'w-woman', 2);
    const asked = async (openid: string) => {
      const result = await world.call<Plans>('health', 'plans', {}, openid);
      return result.ok ? Object.fromEntries(result.data.items.map((plan) => [plan.title, plan.asksPregnancy])) : {};
    };
    expect(await asked('w-woman')).toEqual({ 长青骑手冬季免费体检: true, 不含胸片的体检: false });
    expect(await asked('member')).toEqual({ 长青骑手冬季免费体检: false, 不含胸片的体检: false });
  });

  it('tells a worker checked within the year when their window opens', async () => {
    const planId = await createPlanWithSlots(world, { priorityDays: 3 });
    // A check attended in the summer, in an older plan.
    await world.ports.store.insert(Bookings, pastBooking(world, 'w-member', 'checkedIn', shanghaiTime('2026-07-01', '08:00')));
    const result = await world.call<Plans>('health', 'plans', {}, 'member');
    expect(result.ok && result.data.items.find((plan) => plan.id === planId)?.window).toEqual({
      state: 'notYet',
      tier: 'regular',
      opensAt: shanghaiTime('2026-11-28', '10:00') + 3 * 24 * 3600_000,
      closesAt: shanghaiTime('2026-12-05'),
      message: '近12个月没做过体检的工友先约，你从12月1日 10:00起可以预约',
    });
  });

  it('lists a site’s slots with seats left, the worker’s own marked, ended ones left out', async () => {
    const planId = await createPlanWithSlots(world);
    await world.call('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:30')), 'member');
    const result = await world.call<{ slots: SlotView[] }>('health', 'slots', { planId, siteId: 's1' }, 'member');
    const rows = result.ok ? result.data.slots.map((slot) => [slot.id.slice(-16), slot.remaining, slot.open, slot.mine]) : [];
    expect(rows).toEqual([
      ['s1_20261203_0800', 2, true, false],
      ['s1_20261203_0830', 1, true, true],
      ['s1_20261204_0800', 2, true, false],
      ['s1_20261204_0830', 2, true, false],
    ]);
    world.clock.set(shanghaiTime(planDays[0], '08:45'));
    const later = await world.call<{ slots: SlotView[] }>('health', 'slots', { planId, siteId: 's1' }, 'member');
    expect(later.ok && later.data.slots.map((slot) => [slot.id.slice(-4), slot.open])).toEqual([
      ['0830', false],
      ['0800', true],
      ['0830', true],
    ]);
  });

  it('refuses a site the plan does not have', async () => {
    const planId = await createPlanWithSlots(world);
    expect(await world.call('health', 'slots', { planId, siteId: 's9' }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'HEALTH.SITE_NOT_FOUND', fields: { siteId: expect.any(String) } },
    });
  });
});

