import type { QueueRow, StaffCaseView, WorkerCaseView } from '@core/contracts/legal-views';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Idempotency } from '../../../cloudfunctions/common/collections/idempotency.collection';
import { contactPhone, step, story, submittedCase, uploadAs } from '../../support/legal';
import { createWorld, people, type World } from '../../support/world';

const dayMs = 24 * 60 * 60 * 1000;
type Page<T> = { items: T[]; nextCursor: string | null };

const makeMember = async (world: World, openid: string, serial: number, unionId: string) => {
  await world.call('member', 'join', world.joinInput(serial, unionId), openid);
  const approved = await world.call('member', 'review', { memberId: openid, decision: 'approve' }, 'admin');
  if (!approved.ok) throw new Error(approved.error.code);
};

describe('legal views: my cases, the worker’s detail, the staff queue and case file', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const queue = async (as: string, data: Record<string, unknown> = {}) => {
    const result = await world.call<Page<QueueRow>>('legal', 'queue', data, as);
    if (!result.ok) throw new Error(result.error.code);
    return result.data;
  };

  it('lists only the worker’s own cases, newest first', async () => {
    const first = await submittedCase(world);
    world.clock.advance(dayMs);
    const second = await submittedCase(world, { caseType: 'workInjury' });
    await makeMember(world, 'w-g2', 62, 'g2');
    await submittedCase(world, {}, 'w-g2');

    const mine = await world.call<Page<WorkerCaseView>>('legal', 'myCases', {}, 'member');
    expect(mine.ok && mine.data.items.map((item) => item.id)).toEqual([second.id, first.id]);
    const nobody = await world.call<Page<WorkerCaseView>>('legal', 'myCases', {}, 'worker');
    expect(nobody).toEqual({ ok: true, data: { items: [], nextCursor: null } });
    // Lists carry no story and no phone.
    expect(JSON.stringify(mine)).not.toContain(story.slice(0, 8));
    expect(JSON.stringify(mine)).not.toContain('5678');
  });

  it('gives the case and its evidence links to the worker who asked, and “not found” to anyone else', async () => {
    const photo = await uploadAs(world, 'member');
    const filed = await submittedCase(world, { evidence: [photo.id] });
    const own = await world.call<WorkerCaseView>('legal', 'detail', { caseId: filed.id }, 'member');
    expect(own.ok && own.data.evidence[0].url).toMatch(/^\/files\/legal\/.+\.jpg$/);
    for (const other of ['worker', 'staffHere', 'admin']) {
      const result = await world.call('legal', 'detail', { caseId: filed.id }, other);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'LEGAL.CASE_NOT_FOUND' }) });
    }
  });

  it('opens the case file to staff of its unions only: story, masked phone, evidence links, next steps', async () => {
    const photo = await uploadAs(world, 'member');
    const filed = await submittedCase(world, { evidence: [photo.id] });
    const file = await world.call<StaffCaseView>('legal', 'caseFile', { caseId: filed.id }, 'staffHere');
    if (!file.ok) throw new Error(file.error.code);
    expect(file.data).toMatchObject({
      applicantName: '王会员',
      story,
      contact: { phoneMasked: '139****5678', time: 'evening' },
      nextSteps: ['accept', 'decline'],
      daysLeft: 3,
      overdue: false,
    });
    expect(file.data.evidence[0].url).toMatch(/^\/files\/legal\//);
    expect(file.data.timeline[0].actor).toBe('申请人');
    expect(file.data.signing).toEqual({ unionName: '长青站点骑手工会', unsigned: '长青站点骑手工会 · 服务专员' });
    expect(JSON.stringify(file.data)).not.toContain(contactPhone);

    const elsewhere = await world.call('legal', 'caseFile', { caseId: filed.id }, 'staffElsewhere');
    expect(elsewhere).toEqual({ ok: false, error: expect.objectContaining({ code: 'AUTH.FORBIDDEN' }) });
    expect(JSON.stringify(elsewhere)).not.toContain('/files/');
  });

  it('reveals the full phone to the case’s staff only, and audits every reveal without the number', async () => {
    const filed = await submittedCase(world);
    expect(await world.call('legal', 'revealPhone', { caseId: filed.id }, 'staffHere')).toEqual({ ok: true, data: { phone: contactPhone } });
    expect(await world.call('legal', 'revealPhone', { caseId: filed.id }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    const audit = await world.ports.store.find(Audit, { where: { action: 'legal.revealPhone' } });
    expect(audit.items).toEqual([expect.objectContaining({ actorOpenid: people.staffHere, target: { collection: 'legalCases', id: filed.id } })]);
    expect(JSON.stringify(audit.items)).not.toContain(contactPhone);

    // Asked again with a requestId: a second access, audited again, and no copy of the number kept for retries.
    await world.call('legal', 'revealPhone', { caseId: filed.id }, 'staffHere', 'reveal-retry-0001');
    await world.call('legal', 'revealPhone', { caseId: filed.id }, 'staffHere', 'reveal-retry-0001');
    expect(await world.ports.store.count(Audit, { action: 'legal.revealPhone' })).toBe(3);
    expect(await world.ports.store.count(Idempotency)).toBe(0);
  });

  it('queues the subtree’s cases oldest first, by tab and type, with the working days left', async () => {
    const oldest = await submittedCase(world, { caseType: 'workInjury' });
    world.clock.advance(dayMs); // Monday
    const middle = await submittedCase(world);
    world.clock.advance(dayMs); // Tuesday
    const newest = await submittedCase(world);
    await makeMember(world, 'w-g2', 62, 'g2');
    const elsewhere = await submittedCase(world, {}, 'w-g2');
    await step(world, { step: 'accept', caseId: middle.id });

    const waiting = await queue('staffHere');
    expect(waiting.items.map((row) => row.id)).toEqual([oldest.id, newest.id]);
    expect(waiting.items.map((row) => row.daysLeft)).toEqual([1, 3]);
    expect((await queue('staffHere', { view: 'handling' })).items.map((row) => row.id)).toEqual([middle.id]);
    expect((await queue('staffHere', { caseType: 'workInjury' })).items.map((row) => row.id)).toEqual([oldest.id]);
    expect((await queue('staffElsewhere')).items.map((row) => row.id)).toEqual([elsewhere.id]);
    expect((await queue('admin')).items.map((row) => row.id).sort()).toEqual([oldest.id, newest.id, elsewhere.id].sort());
    expect(JSON.stringify(waiting)).not.toContain(story.slice(0, 8));
  });

  it('marks cases past their deadline overdue, and shows them to the parent union’s admin in 超期', async () => {
    const late = await submittedCase(world); // deadline: end of Wednesday 12-02
    world.clock.set(Date.parse('2026-12-02T12:00:00+08:00'));
    const fresh = await submittedCase(world);
    world.clock.set(Date.parse('2026-12-04T09:00:00+08:00'));

    const waiting = await queue('staffHere');
    expect(waiting.items.map((row) => [row.id, row.overdue, row.daysLeft])).toEqual([
      [late.id, true, -2],
      [fresh.id, false, 1],
    ]);
    const overdue = await queue('admin', { view: 'overdue' });
    expect(overdue.items.map((row) => row.id)).toEqual([late.id]);
    expect(await queue('staffElsewhere', { view: 'overdue' })).toEqual({ items: [], nextCursor: null });
  });

  it('pages through a long queue without losing or repeating a case', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      ids.push((await submittedCase(world)).id);
      world.clock.advance(60_000);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queue('staffHere', { limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);
  });
});
