import { readdirSync } from 'node:fs';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { LegalCases } from '../../../cloudfunctions/common/collections/legal-cases.collection';
import { LegalUploads } from '../../../cloudfunctions/common/collections/legal-uploads.collection';
import { personalDataHolders } from '../../../cloudfunctions/common/personal-data/holders';
import { legalPersonalData } from '../../../cloudfunctions/legal/personal-data';
import { withdrawOpenCasesOf } from '../../../cloudfunctions/legal/withdraw-open-cases';
import { closedCase, contactPhone, step, story, submittedCase, uploadAs } from '../../support/legal';
import { createWorld, people, type World } from '../../support/world';

const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);

describe('legal personal data (PIPL): export and erase one worker’s cases', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('is registered with the other features’ holders', () => {
    expect(personalDataHolders).toContain(legalPersonalData);
    expect(legalPersonalData.collections).toEqual(['legalCases', 'legalUploads']);
  });

  it('exports the worker’s cases in full: story, phone and every step decrypted, evidence with links', async () => {
    const photo = await uploadAs(world, 'member');
    const filed = await submittedCase(world, { evidence: [photo.id] });
    await step(world, { step: 'accept', caseId: filed.id, message: '请保留好工资流水' });
    await uploadAs(world, 'member');
    const exported = (await legalPersonalData.exportFor(people.member, world.ports)) as { 案件: Array<Record<string, unknown>>; 未提交的证据: unknown[] };
    expect(exported.案件).toHaveLength(1);
    expect(exported.案件[0]).toMatchObject({ 问题类型: '欠薪', 状态: '已受理', 经过: story, 联系电话: contactPhone, 证据: [expect.objectContaining({ 文件名: '工资条.jpg' })] });
    expect(JSON.stringify(exported.案件[0].进展)).toContain('请保留好工资流水');
    expect(exported.未提交的证据).toHaveLength(1);
    expect(await legalPersonalData.exportFor(people.worker, world.ports)).toEqual({ 案件: [], 未提交的证据: [] });
  });

  it('withdraws open cases (counted closed), then erases cases, uploads and files; twice is harmless', async () => {
    const open = await submittedCase(world, { evidence: [(await uploadAs(world, 'member')).id] });
    const accepted = await submittedCase(world);
    await step(world, { step: 'accept', caseId: accepted.id });
    await closedCase(world);
    await uploadAs(world, 'member');
    const others = await world.snapshot();
    expect(filesIn(world.filesDir)).toHaveLength(2);

    await legalPersonalData.eraseFor(people.member, world.ports);
    expect(await world.ports.store.count(LegalCases, { applicantOpenid: people.member })).toBe(0);
    expect(await world.ports.store.count(LegalUploads, { owner: people.member })).toBe(0);
    expect(filesIn(world.filesDir)).toEqual([]);
    // The union's figures keep every case: 3 opened, 3 closed (two of them as withdrawn).
    expect(await world.ports.store.get(Counters, 'legal:g1:2026-11')).toMatchObject({ opened: 3, accepted: 2, closed: 3 });
    expect(others.legalCases).toBe(3);

    await legalPersonalData.eraseFor(people.member, world.ports);
    expect(await world.ports.store.get(Counters, 'legal:g1:2026-11')).toMatchObject({ closed: 3 });
    expect(open.id).toBeTruthy();
  });

  it('offers issue 7 a withdrawal of open cases alone, which leaves closed ones and runs once', async () => {
    const open = await submittedCase(world);
    const closed = await closedCase(world);
    expect(await withdrawOpenCasesOf(people.member, world.ports)).toBe(1);
    expect(await withdrawOpenCasesOf(people.member, world.ports)).toBe(0);
    const withdrawn = await world.ports.store.get(LegalCases, open.id);
    expect(withdrawn).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
    expect(withdrawn?.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', actor: { kind: 'system' } });
    expect((await world.ports.store.get(LegalCases, closed.id))?.outcome).toBe('mediated');
    const detail = await world.call<{ timeline: Array<{ title: string; actor: string }> }>('legal', 'detail', { caseId: open.id }, 'member');
    expect(detail.ok && detail.data.timeline.at(-1)).toMatchObject({ title: '申请人撤回，案件结束', actor: '暖新' });
  });
});
