import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { LegalCases } from '../../../cloudfunctions/common/collections/legal-cases.collection';
import { LegalUploads } from '../../../cloudfunctions/common/collections/legal-uploads.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { caseDetail, contactPhone, story, submitInput, uploadAs } from '../../support/legal';
import { createWorld, people, type World } from '../../support/world';

describe('legal.submit', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('files a 待受理 case in the member’s union with the story and phone sealed, evidence attached and a 3-working-day deadline', async () => {
    const photo = await uploadAs(world, 'member');
    const result = await world.call<{ id: string }>('legal', 'submit', submitInput({ evidence: [photo.id] }), 'member');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // The answer carries no words of the case (retries keep it unsealed); the detail does.
    expect(result.data).toEqual({ id: expect.any(String), status: 'submitted', answerBy: Date.parse('2026-12-03T00:00:00+08:00') - 1 });
    const view = await caseDetail(world, result.data.id);
    expect(view).toMatchObject({
      status: 'submitted',
      caseType: 'wageArrears',
      union: { id: 'g1', name: '长青站点骑手工会' },
      story,
      contact: { phoneMasked: '139****5678', time: 'evening' },
      amountClaimed: 7200,
      evidenceCount: 1,
      canAddEvidence: true,
      canRate: false,
      handler: null,
    });
    // Sunday 2026-11-29 10:00 → Monday, Tuesday, Wednesday: the end of Wednesday 12-02.
    expect(view.answerBy).toBe(Date.parse('2026-12-03T00:00:00+08:00') - 1);
    expect(view.timeline).toEqual([expect.objectContaining({ kind: 'submitted', title: '提交法律援助申请', actor: '你', text: null })]);
    expect(view.evidence).toEqual([expect.objectContaining({ id: photo.id, name: '工资条.jpg', contentType: 'image/jpeg', url: expect.stringMatching(/^\/files\/legal\//) })]);

    const stored = await world.ports.store.get(LegalCases, view.id);
    expect(stored).toMatchObject({ applicantOpenid: people.member, applicantName: '王会员', unionPath: '/root/street/g1/' });
    expect(JSON.stringify(stored)).not.toContain(story.slice(0, 12));
    expect(JSON.stringify(stored)).not.toContain(contactPhone);
    expect(world.ports.pii.decrypt(stored!.storyCipher)).toBe(story);
    expect(await world.ports.store.get(LegalUploads, photo.id)).toMatchObject({ caseId: view.id });
    expect(await world.ports.store.get(Counters, 'legal:g1:2026-11')).toMatchObject({ kind: 'legal', unionPath: '/root/street/g1/', month: '2026-11', opened: 1 });
  });

  it('tells the worker and the staff of the union — never the story — and nobody in other unions', async () => {
    const filed = await world.call<{ id: string; answerBy: number }>('legal', 'submit', submitInput(), 'member');
    if (!filed.ok) throw new Error(filed.error.code);
    const outbox = (await world.ports.store.find(Outbox, { limit: 100 })).items.filter((message) => message.template.startsWith('legal'));
    expect(outbox.map((message) => [message.openid, message.template]).sort()).toEqual([
      [people.staffHere, 'legalNewCase'],
      [people.member, 'legalReceived'],
    ]);
    expect(outbox.find((message) => message.openid === people.staffHere)?.page).toBe(`packages/legal/staff/case?id=${filed.data.id}`);
    expect(JSON.stringify(outbox)).not.toContain('站点一直拖着');
  });

  it('uses the union’s own commitment, or the nearest one above it', async () => {
    expect((await world.call('legal', 'saveSettings', { unionId: 'street', answerWorkingDays: 5 }, 'admin')).ok).toBe(true);
    const inherited = await world.call<{ id: string; answerBy: number }>('legal', 'submit', submitInput(), 'member');
    expect(inherited.ok && inherited.data.answerBy).toBe(Date.parse('2026-12-05T00:00:00+08:00') - 1);

    expect((await world.call('legal', 'saveSettings', { unionId: 'g1', answerWorkingDays: 1 }, 'admin')).ok).toBe(true);
    const own = await world.call<{ id: string; answerBy: number }>('legal', 'submit', submitInput(), 'member');
    expect(own.ok && own.data.answerBy).toBe(Date.parse('2026-12-01T00:00:00+08:00') - 1);
    // The first case keeps the deadline it was given.
    expect(inherited.ok && (await world.ports.store.get(LegalCases, inherited.data.id))?.answerBy).toBe(Date.parse('2026-12-05T00:00:00+08:00') - 1);
  });

  it.each([
    ['a start month in the future', { startedOn: '2026-12' }, 'INPUT.INVALID', 'startedOn'],
    ['an upload that does not exist', { evidence: ['no-such-upload'] }, 'LEGAL.UPLOAD_NOT_FOUND', 'evidence'],
    ['a story of five characters', { story: '欠薪了。' }, 'INPUT.INVALID', 'story'],
    ['a landline as the contact phone', { contact: { phone: '02788886666', time: 'anytime' as const } }, 'INPUT.INVALID', 'contact.phone'],
    ['a negative amount', { amountClaimed: -5 }, 'INPUT.INVALID', 'amountClaimed'],
    ['the same upload twice', { evidence: ['a-upload', 'a-upload'] }, 'INPUT.INVALID', 'evidence'],
  ])('refuses %s with a Chinese message on the field, writing nothing', async (_case, overrides, code, field) => {
    const before = await world.snapshot();
    const result = await world.call('legal', 'submit', submitInput(overrides), 'member');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, fields: expect.objectContaining({ [field]: expect.stringMatching(/[\u4e00-\u9fa5]/) }) }) });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses someone else’s upload and one already in a case, and rolls the whole case back', async () => {
    const theirs = await uploadAs(world, 'member');
    const first = await world.call<{ id: string; answerBy: number }>('legal', 'submit', submitInput({ evidence: [theirs.id] }), 'member');
    expect(first.ok).toBe(true);
    const mine = await uploadAs(world, 'member');
    const before = await world.snapshot();
    const reused = await world.call('legal', 'submit', submitInput({ evidence: [mine.id, theirs.id] }), 'member');
    expect(reused).toMatchObject({ ok: false, error: { code: 'LEGAL.UPLOAD_NOT_FOUND' } });
    expect(await world.snapshot()).toEqual(before);
    expect(await world.ports.store.get(LegalUploads, mine.id)).toMatchObject({ caseId: null });

    // Another member cannot take this member's upload into their own case.
    await world.call('member', 'join', world.joinInput(60, 'g1'), 'w-other');
    await world.call('member', 'review', { memberId: 'w-other', decision: 'approve' }, 'staffHere');
    const stolen = await world.call('legal', 'submit', submitInput({ evidence: [mine.id] }), 'w-other');
    expect(stolen).toMatchObject({ ok: false, error: { code: 'LEGAL.UPLOAD_NOT_FOUND' } });
  });

  it('refuses workers who are not members yet', async () => {
    const result = await world.call('legal', 'submit', submitInput(), 'worker');
    expect(result).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
  });

  it('files one case when the same submission is retried with its requestId, and one per tap without', async () => {
    const first = await world.call('legal', 'submit', submitInput(), 'member', 'legal-submit-0001');
    const after = await world.snapshot();
    const retry = await world.call('legal', 'submit', submitInput(), 'member', 'legal-submit-0001');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);

    const racing = await Promise.all([1, 2, 3].map(() => world.call('legal', 'submit', submitInput(), 'member', 'legal-submit-0002')));
    expect(new Set(racing.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(await world.ports.store.count(LegalCases, { applicantOpenid: people.member })).toBe(2);
    expect((await world.ports.store.get(Counters, 'legal:g1:2026-11'))?.opened).toBe(2);
  });
});
