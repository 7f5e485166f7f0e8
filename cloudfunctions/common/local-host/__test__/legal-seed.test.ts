import type { Envelope } from '@core/result';
import type { CaseSummary, QueueRow, StaffCaseView, WorkerCaseView } from '@core/contracts/legal-views';
import { functionRegistry } from '../../../registry';
import { Counters } from '../../collections/counters.collection';
import { composeInMemory, type LocalComposition } from '../../composition/local.composition';
import { fixedClock } from '../../ports/clock.port';
import { handleCall } from '../../runtime/router';
import { legalCounterIdOf } from '../../../legal/legal-counters';
import { monthKey } from '@core/rules/time';
import { seedDemoData } from '../seed';
import { demoOpenids } from '../seed/demo-identities';
import { demoMember } from '../seed/demo-people';
import { staffUnionId } from '../seed/demo-unions';
import { demoClosedCaseId, demoLawyerId, demoOpenCaseId } from '../seed/legal.seed';

const seededAt = Date.parse('2026-11-29T10:00:00+08:00');
const dayMs = 24 * 3600_000;

describe('demo seed: 法律援助', () => {
  let composition: LocalComposition;
  const call = async <T>(action: string, data: unknown, openid: string): Promise<T> => {
    const result = (await handleCall('legal', functionRegistry.legal, { action, data }, openid, {
      ports: composition.ports,
      adminOpenids: composition.adminOpenids,
    })) as Envelope<T>;
    if (!result.ok) throw new Error(`${action}: ${result.error.code}`);
    return result.data;
  };

  beforeEach(async () => {
    composition = composeInMemory({ clock: fixedClock(seededAt) });
    await seedDemoData(composition.ports);
  });
  afterEach(() => composition.close());

  it('gives demo-member an open case and a closed, rated one', async () => {
    const mine = await call<{ items: CaseSummary[] }>('myCases', {}, demoOpenids.member);
    expect(mine.items.map((item) => [item.id, item.status, item.rated])).toEqual([
      [demoOpenCaseId, 'submitted', false],
      [demoClosedCaseId, 'closed', true],
    ]);
    const closed = await call<WorkerCaseView>('detail', { caseId: demoClosedCaseId }, demoOpenids.member);
    expect(closed.timeline.map((entry) => entry.kind)).toEqual(['submitted', 'accepted', 'assigned', 'note', 'closed', 'rated']);
    expect(closed).toMatchObject({ outcome: 'mediated', amountRecovered: 1500, rating: { stars: 5 }, contact: { phoneMasked: '139****2345' } });
  });

  it('puts the open case in demo-staff’s queue, where it can be accepted and assigned to the seeded lawyer', async () => {
    const waiting = await call<{ items: QueueRow[] }>('queue', {}, demoOpenids.staff);
    expect(waiting.items.map((row) => [row.id, row.applicantName, row.overdue])).toEqual([[demoOpenCaseId, demoMember.name, false]]);
    await call('transition', { step: 'accept', caseId: demoOpenCaseId }, demoOpenids.staff);
    const lawyers = await call<{ items: Array<{ id: string }> }>('lawyers', { caseId: demoOpenCaseId }, demoOpenids.staff);
    expect(lawyers.items.map((lawyer) => lawyer.id)).toEqual([demoLawyerId]);
    await call('transition', { step: 'assign', caseId: demoOpenCaseId, handler: { kind: 'lawyer', lawyerId: demoLawyerId } }, demoOpenids.staff);
    const file = await call<StaffCaseView>('caseFile', { caseId: demoOpenCaseId }, demoOpenids.staff);
    expect(file.handler).toBe('张建华律师（湖北江城律师事务所）');
  });

  it('keeps the counters the actions would have kept', async () => {
    const { store } = composition.ports;
    const opened = monthKey(seededAt - 40 * dayMs);
    const closedMonth = monthKey(seededAt - 28 * dayMs);
    const counters = await store.find(Counters, { where: { kind: 'legal' }, limit: 100 });
    const total = (metric: string) => counters.items.reduce((sum, doc) => sum + Number(doc[metric] ?? 0), 0);
    expect([total('opened'), total('accepted'), total('closed'), total('amountRecovered'), total('rated'), total('ratingStars')]).toEqual([2, 1, 1, 1500, 1, 5]);
    expect(await store.get(Counters, legalCounterIdOf(staffUnionId, opened))).toMatchObject({ opened: expect.any(Number) });
    expect(await store.get(Counters, legalCounterIdOf(staffUnionId, closedMonth))).toMatchObject({ closed: 1, amountRecovered: 1500 });
  });
});
