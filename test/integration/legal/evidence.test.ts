import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { maxEvidenceBytes } from '@core/rules/evidence';
import { LegalUploads } from '../../../cloudfunctions/common/collections/legal-uploads.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { caseDetail, closedCase, evidenceFile, fileBytes, step, submittedCase, uploadAs } from '../../support/legal';
import { createWorld, people, type World } from '../../support/world';

const dayMs = 24 * 60 * 60 * 1000;

/** Every file the local Files adapter holds, relative to its folder. */
const storedFiles = (world: World): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.relative(world.filesDir, path.join(dir, entry.name))],
    );
  return walk(world.filesDir);
};

describe('legal.uploadEvidence', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('stores a photo through the Files port exactly as sent and keeps it aside for the worker', async () => {
    const bytes = fileBytes('jpeg', 300 * 1024);
    const result = await world.call('legal', 'uploadEvidence', evidenceFile({ name: '聊天记录.jpg', dataBase64: bytes.toString('base64') }), 'member');
    expect(result).toEqual({ ok: true, data: { id: expect.any(String), name: '聊天记录.jpg', contentType: 'image/jpeg', size: bytes.length } });
    const upload = await world.ports.store.get(LegalUploads, result.ok ? (result.data as { id: string }).id : '');
    expect(upload).toMatchObject({ owner: people.member, caseId: null, fileId: expect.stringMatching(/^local:\/\/legal\/[0-9a-f-]+\.jpg$/) });
    expect(storedFiles(world)).toHaveLength(1);
    expect(readFileSync(path.join(world.filesDir, storedFiles(world)[0])).equals(bytes)).toBe(true);
  });

  it('accepts a PDF of exactly 2 MB', async () => {
    const result = await world.call('legal', 'uploadEvidence', evidenceFile({ name: '劳动合同.pdf', contentType: 'application/pdf', dataBase64: fileBytes('pdf', maxEvidenceBytes).toString('base64') }), 'member');
    expect(result).toMatchObject({ ok: true, data: { contentType: 'application/pdf', size: maxEvidenceBytes } });
  });

  it.each([
    ['one byte over 2 MB', { dataBase64: fileBytes('jpeg', maxEvidenceBytes + 1).toString('base64') }, '文件不能超过2MB'],
    ['a PDF declared as a photo', { dataBase64: fileBytes('pdf', 4096).toString('base64') }, '只能上传照片'],
    ['a web page renamed to .png', { contentType: 'image/png' as const, name: '截图.png', dataBase64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') }, '只能上传照片'],
    ['an empty file', { dataBase64: '' }, '文件是空的'],
    ['text that is not base64', { dataBase64: 'not base64 at all!' }, '没有读取成功'],
  ])('refuses %s with nothing stored', async (_case, overrides, message) => {
    const before = await world.snapshot();
    const result = await world.call('legal', 'uploadEvidence', evidenceFile(overrides), 'member', 'upload-refused-1');
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { dataBase64: expect.stringContaining(message) } } });
    expect(await world.snapshot()).toEqual(before);
    expect(storedFiles(world)).toEqual([]);
  });

  it('refuses a GIF, whatever it is called', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]).toString('base64');
    const result = await world.call('legal', 'uploadEvidence', { name: 'a.gif', contentType: 'image/gif', dataBase64: gif }, 'member');
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { contentType: expect.stringContaining('只能上传') } } });
    expect(storedFiles(world)).toEqual([]);
  });

  it('holds at most 20 unsubmitted uploads per worker, and clears the ones a week old', async () => {
    for (let i = 0; i < 20; i += 1) await uploadAs(world, 'member');
    const before = await world.snapshot();
    const refused = await world.call('legal', 'uploadEvidence', evidenceFile(), 'member');
    expect(refused).toMatchObject({ ok: false, error: { code: 'LEGAL.TOO_MANY_UPLOADS' } });
    expect(await world.snapshot()).toEqual(before);
    expect(storedFiles(world)).toHaveLength(20);

    world.clock.advance(8 * dayMs);
    expect((await world.call('legal', 'uploadEvidence', evidenceFile(), 'member')).ok).toBe(true);
    expect(await world.ports.store.count(LegalUploads, { owner: people.member })).toBe(1);
    expect(storedFiles(world)).toHaveLength(1);
  });
});

describe('legal.addEvidence', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('adds files to an open case, in the timeline, and tells a staff handler', async () => {
    const filed = await submittedCase(world);
    await step(world, { step: 'accept', caseId: filed.id });
    await step(world, { step: 'assign', caseId: filed.id, handler: { kind: 'self' } });
    const pdf = await uploadAs(world, 'member', evidenceFile({ name: '工伤认定书.pdf', contentType: 'application/pdf', dataBase64: fileBytes('pdf', 5000).toString('base64') }));
    const photo = await uploadAs(world, 'member');

    const result = await world.call('legal', 'addEvidence', { caseId: filed.id, uploadIds: [pdf.id, photo.id] }, 'member');
    expect(result).toEqual({ ok: true, data: { id: filed.id, evidenceCount: 2 } });
    const view = await caseDetail(world, filed.id);
    expect(view.evidence.map((file) => file.name)).toEqual(['工伤认定书.pdf', '工资条.jpg']);
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'evidence', title: '补充证据2份', actor: '你' });
    const told = await world.ports.store.find(Outbox, { where: { template: 'legalEvidenceAdded' } });
    expect(told.items.map((message) => message.openid)).toEqual([people.staffHere]);
  });

  it('refuses evidence for a closed case and leaves the upload unattached', async () => {
    const filed = await closedCase(world);
    const photo = await uploadAs(world, 'member');
    const before = await world.snapshot();
    const result = await world.call('legal', 'addEvidence', { caseId: filed.id, uploadIds: [photo.id] }, 'member');
    expect(result).toMatchObject({ ok: false, error: { code: 'LEGAL.CASE_ENDED' } });
    expect(await world.snapshot()).toEqual(before);
    expect(await world.ports.store.get(LegalUploads, photo.id)).toMatchObject({ caseId: null });
  });

  it('answers “not found” for somebody else’s case', async () => {
    const filed = await submittedCase(world);
    const result = await world.call('legal', 'addEvidence', { caseId: filed.id, uploadIds: ['x-upload'] }, 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'LEGAL.CASE_NOT_FOUND' } });
  });

  it('keeps a case to 20 files', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 9; i += 1) ids.push((await uploadAs(world, 'member')).id);
    const filed = await submittedCase(world, { evidence: ids });
    const more: string[] = [];
    for (let i = 0; i < 9; i += 1) more.push((await uploadAs(world, 'member')).id);
    expect((await world.call('legal', 'addEvidence', { caseId: filed.id, uploadIds: more }, 'member')).ok).toBe(true);
    const three = [];
    for (let i = 0; i < 3; i += 1) three.push((await uploadAs(world, 'member')).id);
    const before = await world.snapshot();
    const result = await world.call('legal', 'addEvidence', { caseId: filed.id, uploadIds: three }, 'member');
    expect(result).toMatchObject({ ok: false, error: { code: 'LEGAL.TOO_MANY_EVIDENCE' } });
    expect(await world.snapshot()).toEqual(before);
  });
});
