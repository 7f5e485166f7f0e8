import type { StaffCaseView, WorkerCaseView } from '@core/contracts/legal-views';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { LegalCases } from '../../../cloudfunctions/common/collections/legal-cases.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { recordedLawyer, step, story, submittedCase } from '../../support/legal';
import { createWorld, people, type World } from '../../support/world';

const dayMs = 24 * 60 * 60 * 1000;

describe('legal.transition', () => {
  let world: World;
  let caseId: string;
  beforeEach(async () => {
    world = await createWorld();
    caseId = (await submittedCase(world)).id;
  });
  afterEach(() => world.close());

  const counter = async (): Promise<Record<string, unknown>> => (await world.ports.store.get(Counters, 'legal:g1:2026-11')) ?? {};
  const detail = async () => {
    const result = await world.call<WorkerCaseView>('legal', 'detail', { caseId }, 'member');
    if (!result.ok) throw new Error(result.error.code);
    return result.data;
  };
  const templatesTo = async (openid: string) =>
    (await world.ports.store.find(Outbox, { where: { openid }, orderBy: [['at', 'asc']], limit: 100 })).items
      .map((message) => message.template)
      .filter((template) => template.startsWith('legal'));

  it('takes a case through accept, assign, note and close: timeline, counters, audit and a message each step', async () => {
    const lawyer = await recordedLawyer(world);
    world.clock.advance(60_000);
    await step(world, { step: 'accept', caseId, message: '我们明天上午给你打电话' });
    world.clock.advance(dayMs);
    await step(world, { step: 'assign', caseId, handler: { kind: 'lawyer', lawyerId: lawyer.id } });
    world.clock.advance(60_000);
    await step(world, { step: 'note', caseId, noteKind: 'mediation', text: '约了站点负责人周三上午在街道调解室调解', eventDate: '2026-12-02' });
    world.clock.advance(60_000);
    const closed = await step(world, { step: 'close', caseId, outcome: 'mediated', amountRecovered: 7200, summary: '站点当场支付了全部欠薪' });
    expect(closed).toEqual({ id: caseId, status: 'closed' });

    const view = await detail();
    expect(view).toMatchObject({ status: 'closed', outcome: 'mediated', amountRecovered: 7200, handler: '张建华律师（江城律师事务所）', canRate: true, canAddEvidence: false });
    expect(view.timeline.map((entry) => [entry.title, entry.actor, entry.text])).toEqual([
      ['提交法律援助申请', '你', null],
      ['工会已受理', '长青站点骑手工会 · 服务专员', '我们明天上午给你打电话'],
      ['指派承办人：张建华律师（江城律师事务所）', '长青站点骑手工会 · 服务专员', null],
      ['调解（12月2日）', '长青站点骑手工会 · 服务专员', '约了站点负责人周三上午在街道调解室调解'],
      ['案件办结：调解解决，追回7,200元', '长青站点骑手工会 · 服务专员', '站点当场支付了全部欠薪'],
    ]);
    // No openid, no personal name of staff, anywhere the worker can see.
    expect(JSON.stringify(view)).not.toContain(people.staffHere);

    expect(await counter()).toMatchObject({ opened: 1, accepted: 1, closed: 1, amountRecovered: 7200 });
    expect((await counter()).overdue).toBeUndefined();
    const audit = await world.ports.store.find(Audit, { where: { 'target.id': caseId }, orderBy: [['at', 'asc']], limit: 100 });
    expect(audit.items.map((record) => [record.action, record.summary])).toEqual([
      ['legal.accept', '受理法律援助申请'],
      ['legal.assign', '指派承办人：张建华律师（江城律师事务所）'],
      ['legal.note', '记录进展：调解'],
      ['legal.close', '办结：调解解决，追回7,200元'],
    ]);
    // The audit log never carries the worker's or the handler's words.
    expect(JSON.stringify(audit.items)).not.toContain('调解室');
    expect(JSON.stringify(audit.items)).not.toContain(story.slice(0, 8));
    expect(await templatesTo(people.member)).toEqual(['legalReceived', 'legalAccepted', 'legalAssigned', 'legalUpdated', 'legalClosed']);
  });

  it('declines with the reason the worker reads, and the case takes no step after that', async () => {
    const declined = await step(world, { step: 'decline', caseId, reason: '不属于劳动争议，建议向交警部门申请事故认定' });
    expect(declined.status).toBe('declined');
    const view = await detail();
    expect(view.timeline.at(-1)).toMatchObject({ title: '不予受理', text: '不属于劳动争议，建议向交警部门申请事故认定' });
    expect(await counter()).toMatchObject({ declined: 1 });
    expect(await templatesTo(people.member)).toContain('legalDeclined');

    const before = await world.snapshot();
    const again = await world.call('legal', 'transition', { step: 'accept', caseId }, 'staffHere');
    expect(again).toMatchObject({ ok: false, error: { code: 'LEGAL.ILLEGAL_STEP', message: '案件现在是“不予受理”，不能受理。请刷新后再看' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('needs a reason to decline', async () => {
    const result = await world.call('legal', 'transition', { step: 'decline', caseId, reason: ' ' }, 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { reason: '不予受理时请写明原因和可以去哪里求助' } } });
  });

  it.each([
    ['assign before accepting', { step: 'assign', handler: { kind: 'self' } }],
    ['note before accepting', { step: 'note', noteKind: 'advice', text: '建议先收集工资流水' }],
    ['close before accepting', { step: 'close', outcome: 'mediated' }],
  ])('refuses to %s, writing nothing', async (_case, data) => {
    const before = await world.snapshot();
    const result = await world.call('legal', 'transition', { ...data, caseId }, 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'LEGAL.ILLEGAL_STEP', message: expect.stringContaining('待受理') } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses every step on a closed case', async () => {
    await step(world, { step: 'accept', caseId });
    await step(world, { step: 'close', caseId, outcome: 'referred', summary: '已转介到区法律援助中心' });
    for (const data of [{ step: 'accept' }, { step: 'note', noteKind: 'message', text: '补充说明' }, { step: 'assign', handler: { kind: 'self' } }, { step: 'close', outcome: 'mediated' }]) {
      expect(await world.call('legal', 'transition', { ...data, caseId }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'LEGAL.ILLEGAL_STEP' } });
    }
  });

  it('shows staff by union and role, or by the name they chose to sign with', async () => {
    await step(world, { step: 'accept', caseId, signature: '小李' });
    await step(world, { step: 'assign', caseId, handler: { kind: 'self' }, signature: '小李' });
    await step(world, { step: 'note', caseId, noteKind: 'advice', text: '先别离职，保留好接单记录' }, 'admin');
    const view = await detail();
    expect(view.timeline.slice(1).map((entry) => entry.actor)).toEqual(['小李（长青站点骑手工会）', '小李（长青站点骑手工会）', '青山区总工会 · 管理员']);
    expect(view.handler).toBe('小李（长青站点骑手工会）');
  });

  it('assigns only lawyers recorded at the case’s union or above, and active', async () => {
    const elsewhere = await recordedLawyer(world, 'g2', '赵律师');
    const retired = await recordedLawyer(world, 'street', '钱律师');
    await world.call('legal', 'saveLawyer', { lawyerId: retired.id, unionId: 'street', name: '钱律师', firm: '江城律师事务所', phone: '13800001111', active: false }, 'admin');
    await step(world, { step: 'accept', caseId });
    for (const lawyerId of [elsewhere.id, retired.id, 'no-such-lawyer']) {
      const result = await world.call('legal', 'transition', { step: 'assign', caseId, handler: { kind: 'lawyer', lawyerId } }, 'staffHere');
      expect(result).toMatchObject({ ok: false, error: { code: 'LEGAL.LAWYER_NOT_FOUND', fields: { 'handler.lawyerId': expect.any(String) } } });
    }
    const here = await recordedLawyer(world, 'street', '孙律师');
    expect((await world.call('legal', 'transition', { step: 'assign', caseId, handler: { kind: 'lawyer', lawyerId: here.id } }, 'staffHere')).ok).toBe(true);
  });

  it('counts an answer after the deadline as overdue', async () => {
    world.clock.set(Date.parse('2026-12-03T09:00:00+08:00'));
    await step(world, { step: 'accept', caseId });
    expect(await world.ports.store.get(Counters, 'legal:g1:2026-12')).toMatchObject({ accepted: 1, overdue: 1 });
    const file = await world.call<StaffCaseView>('legal', 'caseFile', { caseId }, 'staffHere');
    expect(file.ok && file.data).toMatchObject({ answeredLate: true, overdue: false, daysLeft: null });
  });

  it('forbids staff of another union, and staff acting on their own case', async () => {
    const before = await world.snapshot();
    expect(await world.call('legal', 'transition', { step: 'accept', caseId }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);

    // A staff member who is also a member of their union asks for help: a colleague must take it.
    await world.call('member', 'join', world.joinInput(61, 'g1'), people.staffHere);
    await world.call('member', 'review', { memberId: people.staffHere, decision: 'approve' }, 'admin');
    const own = await submittedCase(world, {}, people.staffHere);
    expect(await world.call('legal', 'transition', { step: 'accept', caseId: own.id }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect((await world.call('legal', 'transition', { step: 'accept', caseId: own.id }, 'admin')).ok).toBe(true);
  });

  it('refuses reviewers without the operator role', async () => {
    await world.ports.store.insert(Staff, { _id: 'rev:g1', openid: 'rev', unionId: 'g1', unionPath: '/root/street/g1/', unionName: '长青站点骑手工会', roles: ['reviewer'], grantedAt: 0, grantedBy: 'test' });
    expect(await world.call('legal', 'transition', { step: 'accept', caseId }, 'rev')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('lets one of two staff accepting at the same moment through, and counts it once', async () => {
    const results = await Promise.all([
      world.call('legal', 'transition', { step: 'accept', caseId }, 'staffHere'),
      world.call('legal', 'transition', { step: 'decline', caseId, reason: '重复申请' }, 'admin'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'LEGAL.ILLEGAL_STEP' } });
    const counted = await counter();
    expect(((counted.accepted as number) ?? 0) + ((counted.declined as number) ?? 0)).toBe(1);
    expect(await world.ports.store.count(Audit, { 'target.id': caseId })).toBe(1);
    expect((await world.ports.store.get(LegalCases, caseId))?.timeline).toHaveLength(2);
  });

  it('returns the first answer to a retried step and writes nothing new', async () => {
    const first = await world.call('legal', 'transition', { step: 'accept', caseId }, 'staffHere', 'legal-accept-0001');
    const after = await world.snapshot();
    const retry = await world.call('legal', 'transition', { step: 'accept', caseId }, 'staffHere', 'legal-accept-0001');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });
});
