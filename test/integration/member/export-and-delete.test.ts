import { privacyNoticeVersion } from '@core/privacy';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Idempotency } from '../../../cloudfunctions/common/collections/idempotency.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { PhoneConflicts } from '../../../cloudfunctions/common/collections/phone-conflicts.collection';
import { Transfers } from '../../../cloudfunctions/common/collections/transfers.collection';
import { UniqueKeys } from '../../../cloudfunctions/common/collections/unique-keys.collection';
import { testIdNumber, testPhone } from '../../support/id-numbers';
import { approvedMember, expectOk, requestTransfer } from '../../support/member-steps';
import { countersDrift } from '../../support/recount';
import { createWorld, people, type World } from '../../support/world';

type Export = { generatedAt: number; sections: { key: string; label: string; data: Record<string, unknown> }[] };
const confirm = { confirm: '删除我的全部信息' };

describe('member.exportMine, member.deletionPreview and member.deleteMine', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('exports everything about the member, readable, with their own ID number and phone in full', async () => {
    await requestTransfer(world, 'member', 'g2', '想去货运');
    const exported = await world.call<Export>('member', 'exportMine', {}, 'member');
    expect(exported.ok).toBe(true);
    const data = exported.ok ? exported.data : null;
    const membership = data?.sections.find((section) => section.label === '入会和会籍')?.data as Record<string, Record<string, unknown>>;
    expect(membership.入会信息).toMatchObject({
      状态: '已通过',
      姓名: '王会员',
      身份证号: testIdNumber(1),
      手机号: testPhone(1),
      会员号: 'NX2026000001',
      所在工会: '长青站点骑手工会',
      同意的隐私政策版本: privacyNoticeVersion,
      入会日期: expect.stringMatching(/^2026-11-22 10:00$/),
    });
    expect(membership.转会记录).toEqual([expect.objectContaining({ 到: '货运司机联合工会', 状态: '等待接收', 你的留言: '想去货运' })]);
    const records = data?.sections.find((section) => section.label === '通知和处理记录')?.data as Record<string, unknown[]>;
    expect(records.发给你的通知).toEqual([expect.objectContaining({ 内容: expect.objectContaining({ memberNo: 'NX2026000001' }) })]);
    expect(records.工会对你的记录做过的处理).toEqual([expect.objectContaining({ 事项: '批准入会，会员号 NX2026000001' })]);
  });

  it('exports nothing for someone the union holds nothing about', async () => {
    expect(await world.call('member', 'exportMine', {}, 'stranger')).toEqual({ ok: true, data: { generatedAt: world.clock.now(), sections: [] } });
  });

  it('says beforehand what deleting will do, and that staff cannot', async () => {
    await requestTransfer(world, 'member', 'g2');
    expect(await world.call('member', 'deletionPreview', {}, 'member')).toMatchObject({
      ok: true,
      data: {
        holds: expect.arrayContaining(['入会和会籍', '通知和处理记录']),
        warnings: expect.arrayContaining([expect.stringContaining('退出工会'), expect.stringContaining('转会申请')]),
        blocked: null,
      },
    });
    expect(await world.call('member', 'deletionPreview', {}, 'staffHere')).toMatchObject({ ok: true, data: { blocked: expect.stringContaining('工作人员') } });
  });

  it('erases the member: records, keys, transfers, notifications and markers gone, audit cut loose, counters anonymous and right', async () => {
    const transferId = await requestTransfer(world, 'member', 'g2');
    await world.call('member', 'changePhone', { phone: testPhone(61) }, 'member', 'change-phone-01');
    const result = await world.call('member', 'deleteMine', confirm, 'member', 'delete-mine-0001');
    expect(result).toEqual({ ok: true, data: { erasedAt: world.clock.now(), notices: ['你已退出工会，会员号和电子会员卡已作废。'] } });

    expect(await world.ports.store.get(Members, people.member)).toBeNull();
    expect(await world.ports.store.count(UniqueKeys, { owner: people.member })).toBe(0);
    expect(await world.ports.store.get(Transfers, transferId)).toBeNull();
    expect(await world.ports.store.count(Outbox, { openid: people.member })).toBe(0);
    expect(await world.ports.store.count(Idempotency, { owner: people.member })).toBe(0);
    // Not even the marker of this very call, though it was sent with a requestId.
    expect(await world.ports.store.count(Idempotency)).toBe(0);
    const audit = await world.ports.store.find(Audit, { where: { action: 'member.review' } });
    expect(audit.items).toEqual([expect.objectContaining({ actorOpenid: people.staffHere, unionId: 'g1', target: { collection: 'members', id: '已删除' } })]);
    expect(JSON.stringify(audit.items)).not.toContain('NX2026000001');
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    expect(await world.ports.store.get(Counters, 'memberMoves:g1:2026-11')).toMatchObject({ withdrawn: 1 });

    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { member: null, transfer: null } });
    expect(await world.call('member', 'card', {}, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
    expect(await world.call('member', 'exportMine', {}, 'member')).toEqual({ ok: true, data: { generatedAt: world.clock.now(), sections: [] } });
  });

  it('is safe to run again, and the worker can join afresh later with a new member number', async () => {
    expectOk(await world.call('member', 'deleteMine', confirm, 'member'), 'delete');
    expect(await world.call('member', 'deleteMine', confirm, 'member')).toEqual({ ok: true, data: { erasedAt: world.clock.now(), notices: [] } });
    const { memberNo } = await approvedMember(world, people.member, 1, 'g1', 'staffHere');
    expect(memberNo).toBe('NX2026000002');
  });

  it('frees a number it held in an open phone report, which closes by itself', async () => {
    const report = expectOk<{ id: string }>(
      await world.call('member', 'reportPhoneConflict', { name: '赵新', phone: testPhone(1), consent: { version: privacyNoticeVersion, privacy: true } }, 'new-owner'),
      'report',
    );
    expectOk(await world.call('member', 'deleteMine', confirm, 'member'), 'delete');
    expect(await world.ports.store.get(PhoneConflicts, report.id)).toMatchObject({ status: 'closed', holderOpenid: null });
    expect((await world.call('member', 'join', world.joinInput(8, 'g1', { phone: testPhone(1) }), 'new-owner')).ok).toBe(true);
  });

  it('erases a reporter\'s own phone reports', async () => {
    expectOk(await world.call('member', 'reportPhoneConflict', { name: '赵新', phone: testPhone(1), consent: { version: privacyNoticeVersion, privacy: true } }, 'new-owner'), 'report');
    expectOk(await world.call('member', 'deleteMine', confirm, 'new-owner'), 'delete');
    expect(await world.ports.store.count(PhoneConflicts)).toBe(0);
  });

  it('refuses staff and a call without the confirmation phrase, erasing nothing', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'deleteMine', confirm, 'staffHere')).toMatchObject({ ok: false, error: { code: 'MEMBER.STAFF_CANNOT_ERASE' } });
    expect(await world.call('member', 'deleteMine', { confirm: '删除' }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { confirm: '请确认要删除全部信息' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });
});
