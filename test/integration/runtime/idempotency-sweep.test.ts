import { Idempotency } from '../../../cloudfunctions/common/collections/idempotency.collection';
import { idempotencyKeepMs, idempotencySweep } from '../../../cloudfunctions/common/runtime/idempotency-sweep.job';
import { createWorld, type World } from '../../support/world';

describe('idempotency sweep', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('drops retry answers older than a day and keeps the rest, so a retry within the day still gets its answer', async () => {
    const old = await world.call('member', 'join', world.joinInput(7), 'worker', 'sweep-old-0001');
    world.clock.advance(idempotencyKeepMs - 60_000);
    const recent = await world.call('member', 'me', {}, 'worker');
    expect(recent.ok).toBe(true);
    await world.call('member', 'join', world.joinInput(8), 'worker-2', 'sweep-new-0001');
    world.clock.advance(2 * 60_000);

    const markersBefore = await world.ports.store.count(Idempotency);
    expect(await idempotencySweep.run(world.ports)).toEqual({ removed: markersBefore - 1 });
    expect(await world.ports.store.count(Idempotency)).toBe(1);

    // The kept answer still replays; the dropped one would run again (and now meets the pending application).
    expect(await world.call('member', 'join', world.joinInput(8), 'worker-2', 'sweep-new-0001')).toMatchObject({ ok: true });
    expect(await world.call('member', 'join', world.joinInput(7), 'worker', 'sweep-old-0001')).toMatchObject({
      ok: false,
      error: { code: 'MEMBER.APPLICATION_PENDING' },
    });
    expect(old.ok).toBe(true);
  });

  it('is listed for the local host and the member function\'s timer', async () => {
    const { scheduledJobs } = await import('../../../cloudfunctions/scheduled-jobs');
    expect(scheduledJobs.map((job) => job.name)).toContain('idempotencySweep');
  });
});
