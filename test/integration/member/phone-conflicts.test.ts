import { privacyNoticeVersion } from '@core/privacy';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { PhoneConflicts } from '../../../cloudfunctions/common/collections/phone-conflicts.collection';
import { testPhone } from '../../support/id-numbers';
import { expectOk } from '../../support/member-steps';
import { createWorld, people, type World } from '../../support/world';

/** The world member (g1) registered testPhone(1); the carrier has since given that number to 新主人. */
describe('phone conflicts: reportPhoneConflict, phoneConflicts, resolvePhoneConflict', () => {
  let world: World;
  const claimant = 'new-owner';
  const report = (extra: Record<string, unknown> = {}) => ({
    name: '陈新主',
    phone: testPhone(1),
    note: '这个号码是我去年新办的',
    consent: { version: privacyNoticeVersion, privacy: true },
    ...extra,
  });
  const reportNow = async () => expectOk<{ id: string }>(await world.call('member', 'reportPhoneConflict', report(), claimant), 'report').id;

  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('files a report with the holder\'s union, the number sealed, and tells its reviewers', async () => {
    const result = await world.call('member', 'reportPhoneConflict', report(), claimant);
    expect(result).toEqual({
      ok: true,
      data: { id: expect.any(String), status: 'open', phoneMasked: `139****${testPhone(1).slice(-4)}`, reportedAt: world.clock.now(), resolvedAt: null, reason: null },
    });
    const stored = (await world.ports.store.find(PhoneConflicts, {})).items[0];
    expect(stored).toMatchObject({ claimantOpenid: claimant, holderOpenid: people.member, holderUnionPath: '/root/street/g1/' });
    expect(JSON.stringify(stored)).not.toContain(testPhone(1));
    const told = await world.ports.store.find(Outbox, { where: { template: 'phoneConflictReported' } });
    expect(told.items.map((message) => message.openid)).toEqual([people.staffHere]);
    expect(JSON.stringify(told.items)).not.toContain('陈新主');
  });

  it('answers a second report while open with the same one and writes nothing', async () => {
    const first = await world.call('member', 'reportPhoneConflict', report(), claimant);
    const before = await world.snapshot();
    expect(await world.call('member', 'reportPhoneConflict', report({ note: '再催一下' }), claimant)).toEqual(first);
    expect(await world.snapshot()).toEqual(before);
  });

  it("says a free number, or one's own, is free to use, writing nothing", async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'reportPhoneConflict', report({ phone: testPhone(77) }), claimant)).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_NOT_TAKEN' } });
    expect(await world.call('member', 'reportPhoneConflict', report(), 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_NOT_TAKEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a report without agreement to the current notice', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'reportPhoneConflict', report({ consent: { version: '2020-01-01', privacy: true } }), claimant)).toMatchObject({
      ok: false,
      error: { code: 'MEMBER.CONSENT_OUTDATED', fields: { 'consent.version': expect.any(String) } },
    });
    expect(await world.call('member', 'reportPhoneConflict', report({ consent: { version: privacyNoticeVersion, privacy: false } }), claimant)).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { 'consent.privacy': '请同意工会为核实号码使用你填写的信息' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it("lists open reports to the holder's union only, with the holder masked", async () => {
    await reportNow();
    const queue = await world.call('member', 'phoneConflicts', {}, 'staffHere');
    expect(queue).toMatchObject({
      ok: true,
      data: {
        items: [
          {
            status: 'open',
            claimant: { name: '陈新主', note: '这个号码是我去年新办的' },
            holder: { name: '王会员', status: 'approved', memberNo: 'NX2026000001', union: { id: 'g1' } },
          },
        ],
      },
    });
    expect(JSON.stringify(queue)).not.toContain(testPhone(1));
    expect(await world.call('member', 'phoneConflicts', {}, 'staffElsewhere')).toEqual({ ok: true, data: { items: [], nextCursor: null } });
  });

  it('release: the number passes to the reporter, the holder is asked for a new one, audited, both told', async () => {
    const id = await reportNow();
    const result = await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'release', reason: '已电话联系原会员，号码已停用' }, 'staffHere');
    expect(result).toEqual({ ok: true, data: { id, status: 'released' } });

    // The reporter can now join with the number; nobody else can take it meanwhile.
    expect(await world.call('member', 'join', world.joinInput(9, 'g1', { phone: testPhone(1) }), 'someone-else')).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_TAKEN' } });
    expect((await world.call('member', 'join', world.joinInput(8, 'g1', { phone: testPhone(1) }), claimant)).ok).toBe(true);

    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { member: { phoneNeedsUpdate: true } } });
    // The holder may not simply take the number back…
    expect(await world.call('member', 'changePhone', { phone: testPhone(1) }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_TAKEN' } });
    // …and updating to their new one clears the flag.
    expect((await world.call('member', 'changePhone', { phone: testPhone(61) }, 'member')).ok).toBe(true);
    expect((await world.ports.store.get(Members, people.member))?.phoneReleasedAt).toBeNull();

    const audit = await world.ports.store.find(Audit, { where: { action: 'member.resolvePhoneConflict' } });
    expect(audit.items).toEqual([expect.objectContaining({ actorOpenid: people.staffHere, unionId: 'g1', summary: expect.stringContaining('号码归申请人') })]);
    const templates = (await world.ports.store.find(Outbox, { where: { template: { $in: ['phoneConflictResolved', 'phoneReleased'] } } })).items.map((m) => [m.template, m.openid]);
    expect(templates.sort()).toEqual([['phoneConflictResolved', claimant], ['phoneReleased', people.member]].sort());
  });

  it('keep: nothing changes but the report, which says why', async () => {
    const id = await reportNow();
    expect(await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'keep', reason: '原会员仍在使用，请核对号码' }, 'staffHere')).toEqual({
      ok: true,
      data: { id, status: 'kept' },
    });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { member: { phoneNeedsUpdate: false } } });
    expect(await world.call('member', 'join', world.joinInput(8, 'g1', { phone: testPhone(1) }), claimant)).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_TAKEN' } });
    expect(await world.ports.store.count(Audit, { action: 'member.resolvePhoneConflict' })).toBe(1);
    // Reporting again reopens it for another look.
    expect(await world.call('member', 'reportPhoneConflict', report(), claimant)).toMatchObject({ ok: true, data: { id, status: 'open' } });
  });

  it('refuses staff of another union, an unknown report, a decided one and a missing reason, writing nothing', async () => {
    const id = await reportNow();
    const before = await world.snapshot();
    expect(await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'release', reason: '核实过了' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('member', 'resolvePhoneConflict', { conflictId: 'nope', decision: 'release', reason: '核实过了' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONFLICT_NOT_FOUND' } });
    expect(await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'release' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { reason: expect.any(String) } } });
    expect(await world.snapshot()).toEqual(before);
    await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'keep', reason: '核实过了' }, 'staffHere');
    expect(await world.call('member', 'resolvePhoneConflict', { conflictId: id, decision: 'release', reason: '再看' }, 'admin')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONFLICT_NOT_OPEN' } });
  });

  it('closes an open report by itself when the holder changes to another number', async () => {
    const id = await reportNow();
    await world.call('member', 'changePhone', { phone: testPhone(61) }, 'member');
    expect(await world.ports.store.get(PhoneConflicts, id)).toMatchObject({ status: 'closed', resolvedAt: world.clock.now() });
    expect((await world.call('member', 'join', world.joinInput(8, 'g1', { phone: testPhone(1) }), claimant)).ok).toBe(true);
  });
});
