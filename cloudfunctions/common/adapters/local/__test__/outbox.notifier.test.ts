import { Outbox } from '../../../collections/outbox.collection';
import { composeInMemory, type LocalComposition } from '../../../composition/local.composition';
import { fixedClock } from '../../../ports/clock.port';
import type { Logger } from '../../../ports/logger.port';
import { createOutboxNotifier } from '../outbox.notifier';

describe('outbox notifier', () => {
  const clock = fixedClock(Date.parse('2026-11-29T10:00:00+08:00'));
  const logged: unknown[] = [];
  const logger: Logger = { info: (...args) => logged.push(args), error: (...args) => logged.push(args) };
  let composition: LocalComposition;
  beforeEach(() => {
    composition = composeInMemory({ clock, logger });
  });
  afterEach(() => composition.close());

  it('records each notification as an outbox document at the clock time', async () => {
    const notifier = createOutboxNotifier(composition.ports.store, clock);
    await notifier.notify('w-1', 'memberApproved', { union: '长青站点工会', memberNo: 'NX2026000001', result: '入会申请已通过' }, 'packages/join/status');
    clock.advance(1000);
    await notifier.notify('w-1', 'memberRejected', { union: '长青站点工会', reason: '姓名与证件不符', result: '入会申请未通过' }, 'packages/join/status');

    const page = await composition.ports.store.find(Outbox, { where: { openid: 'w-1' }, orderBy: [['at', 'asc']] });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      openid: 'w-1',
      template: 'memberApproved',
      data: { union: '长青站点工会', memberNo: 'NX2026000001' },
      page: 'packages/join/status',
      at: clock.now() - 1000,
    });
    expect(page.items[1]).toMatchObject({ template: 'memberRejected', at: clock.now() });
    expect(page.items[0]._id).not.toBe(page.items[1]._id);
  });

  it('is the notifier the local composition wires in, and logs nothing', async () => {
    await composition.ports.notifier.notify('w-2', 'memberRejected', { union: '长青站点工会', reason: '身份证号 420107199103140313 有误', result: '入会申请未通过' }, 'p');
    expect(await composition.ports.store.count(Outbox, { openid: 'w-2' })).toBe(1);
    expect(logged).toEqual([]);
  });
});
