import type { Dashboard } from '@core/contracts/stats.contract';
import type { Store } from '../../../cloudfunctions/common/ports/store.port';
import { driveOneStartsAt } from '../../support/action-cases/drive.cases';
import { step, submittedCase } from '../../support/legal';
import { createWorld, type World } from '../../support/world';

describe('stats.dashboard', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    world.clock.set(driveOneStartsAt + 3_600_000);
  });
  afterEach(() => world.close());

  const approveNew = async (openid: string, serial: number, unionId: string, extra: Record<string, unknown>, reviewer: string) => {
    const joined = await world.call('member', 'join', world.joinInput(serial, unionId, extra), openid);
    if (!joined.ok) throw new Error(JSON.stringify(joined.error));
    const approved = await world.call('member', 'review', { memberId: openid, decision: 'approve' }, reviewer);
    if (!approved.ok) throw new Error(JSON.stringify(approved.error));
  };

  const dashboard = async (as: string, input: Record<string, unknown> = {}) => {
    const result = await world.call<Dashboard>('stats', 'dashboard', input, as);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  it('shows members by occupation, platform, union and month, drives and unions, for the admin’s whole district', async () => {
    await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'w-1');
    await approveNew('w-1', 301, 'g1', { driveId: 'drive-1', employer: '美团外卖' }, 'staffHere');
    await approveNew('w-2', 302, 'g1b', { occupation: 'courier', employer: '顺丰速运' }, 'admin');
    await approveNew('w-3', 303, 'g2', { occupation: 'trucker', employer: '张师傅车队' }, 'staffElsewhere');

    const figures = await dashboard('admin');
    expect(figures.focus).toEqual({ id: 'root', name: '青山区总工会' });
    expect(figures.month).toBe('2026-11');
    // The world's member (a rider, no employer given, joined a week earlier in November) counts too.
    expect(figures.members).toMatchObject({
      total: 4,
      newThisMonth: 4,
      byOccupation: [
        { key: 'rider', label: '外卖骑手', count: 2 },
        { key: 'courier', label: '快递员', count: 1 },
        { key: 'trucker', label: '货车司机', count: 1 },
      ],
      byPlatform: [
        { key: 'meituan', label: '美团', count: 1 },
        { key: 'sf', label: '顺丰', count: 1 },
        { key: 'other', label: '其他单位', count: 1 },
        { key: 'none', label: '未填写', count: 1 },
      ],
      byUnion: [
        { key: 'street', label: '长青街道总工会', count: 3 },
        { key: 'industry', label: '货运行业工会联合会', count: 1 },
      ],
    });
    expect(figures.members.byMonth).toHaveLength(12);
    expect(figures.members.byMonth.at(-1)).toEqual({ month: '2026-11', joined: 4, total: 4 });
    expect(figures.members.byMonth[0].month).toBe('2025-12');
    expect(figures.unions).toEqual({ count: 6, foundedThisYear: 6 });
    expect(figures.drives.metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'reached', total: 1, thisMonth: 1 }),
        expect.objectContaining({ key: 'joined', total: 1, thisMonth: 1 }),
      ]),
    );
  });

  it('shows staff their own subtree only, and refuses a union outside it', async () => {
    await approveNew('w-2', 302, 'g1b', { occupation: 'courier' }, 'admin');
    await approveNew('w-3', 303, 'g2', { occupation: 'trucker' }, 'staffElsewhere');
    const here = await dashboard('staffHere');
    expect(here.focus).toEqual({ id: 'g1', name: '长青站点骑手工会' });
    expect(here.members.total).toBe(1);
    expect(here.members.byUnion).toEqual([{ key: 'g1', label: '长青站点骑手工会', count: 1 }]);
    expect(here.unions.count).toBe(1);

    expect((await dashboard('admin', { unionId: 'street' })).members).toMatchObject({ total: 2, byUnion: [{ key: 'g1' }, { key: 'g1b' }] });
    expect(await world.call('stats', 'dashboard', { unionId: 'g2' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('stats', 'dashboard', { unionId: 'nowhere' }, 'admin')).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND' } });
  });

  it('shows 超期未答复 live (waiting past the answer deadline) and 超期答复 once answered late, each for the caller’s subtree', async () => {
    const legal = async (as: string) => {
      const section = (await dashboard(as)).sections.find((found) => found.kind === 'legal');
      return Object.fromEntries((section?.metrics ?? []).map((metric) => [metric.key, metric]));
    };
    const waiting = await submittedCase(world);
    const answered = await submittedCase(world);
    await approveNew('w-g2', 362, 'g2', {}, 'staffElsewhere');
    const elsewhere = await submittedCase(world, {}, 'w-g2');

    // At the deadline itself a case is not late yet.
    world.clock.set(waiting.answerBy);
    expect((await legal('admin')).overdueWaiting).toEqual({ key: 'overdueWaiting', label: '超期未答复', total: 0, thisMonth: 0, live: true });

    world.clock.set(waiting.answerBy + 1);
    await submittedCase(world); // filed now: its deadline is ahead
    await step(world, { step: 'accept', caseId: answered.id });
    const district = await legal('admin');
    expect(district.overdueWaiting).toMatchObject({ label: '超期未答复', total: 2, thisMonth: 2, live: true });
    expect(district.overdue).toMatchObject({ label: '超期答复', total: 1 });
    expect(district.opened.total).toBe(4);
    expect(district.overdueWaiting.total + district.overdue.total).toBe(3);

    const here = await legal('staffHere');
    expect([here.overdueWaiting.total, here.overdue.total]).toEqual([1, 1]);
    const there = await legal('staffElsewhere');
    expect([there.overdueWaiting.total, there.overdue.total]).toEqual([1, 0]);

    // Answered, even late, a case leaves 超期未答复 for 超期答复: never counted in both.
    await step(world, { step: 'decline', caseId: elsewhere.id, reason: '不属于受理范围' }, 'staffElsewhere');
    expect([(await legal('admin')).overdueWaiting.total, (await legal('admin')).overdue.total]).toEqual([1, 2]);
  });

  it('costs the same reads with one member or many: it reads counters, never members', async () => {
    const reads = async () => {
      const inner = world.ports.store;
      let count = 0;
      // Reads are what CloudBase bills a report for; writes pass straight through.
      const counted: Store = {
        insert: (collection, doc) => inner.insert(collection, doc),
        update: (collection, id, patch) => inner.update(collection, id, patch),
        remove: (collection, id) => inner.remove(collection, id),
        increment: (collection, id, by, init) => inner.increment(collection, id, by, init),
        updateWhere: (collection, where, patch) => inner.updateWhere(collection, where, patch),
        removeWhere: (collection, where) => inner.removeWhere(collection, where),
        transaction: (work) => inner.transaction(work),
        get: (collection, id) => (count++, inner.get(collection, id)),
        find: (collection, query) => (count++, inner.find(collection, query)),
        count: (collection, where) => (count++, inner.count(collection, where)),
      };
      const ports = { ...world.ports, store: counted };
      const { handleCall } = await import('../../../cloudfunctions/common/runtime/router');
      const { functionRegistry } = await import('../../../cloudfunctions/registry');
      const result = await handleCall('stats', functionRegistry.stats, { action: 'dashboard', data: {} }, 's-admin', { ports, adminOpenids: new Set() });
      expect(result.ok).toBe(true);
      return count;
    };
    const first = await reads();
    for (let i = 0; i < 30; i += 1) await approveNew(`w-many-${i}`, 400 + i, 'g1', { employer: '美团' }, 'staffHere');
    expect(await reads()).toBe(first);
    expect(first).toBeLessThanOrEqual(8);
  });
});
