import type { MemberSelfView } from '@core/contracts/member.contract';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { UniqueKeys } from '../../../cloudfunctions/common/collections/unique-keys.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { testIdNumber, testPhone } from '../../support/id-numbers';
import { createWorld, people, type World } from '../../support/world';

describe('member.join', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('files a pending application with the ID number and phone sealed and masked', async () => {
    const result = await world.call<MemberSelfView>('member', 'join', world.joinInput(7, 'g1', { name: '李小明', employer: '美团' }), 'worker');

    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({
        status: 'pending',
        name: '李小明',
        idMasked: `530321********${testIdNumber(7).slice(-4)}`,
        phoneMasked: `139****${testPhone(7).slice(-4)}`,
        employer: '美团',
        union: { id: 'g1', name: '长青站点骑手工会' },
        memberNo: null,
      }),
    });
    const stored = await world.ports.store.get(Members, people.worker);
    expect(stored).toMatchObject({ status: 'pending', unionPath: '/root/street/g1/', driveId: null });
    expect(JSON.stringify(stored)).not.toContain(testIdNumber(7));
    expect(JSON.stringify(stored)).not.toContain(testPhone(7));
    expect(world.ports.pii.decrypt(stored!.idCipher)).toBe(testIdNumber(7));
    expect(await world.ports.store.count(UniqueKeys, { owner: people.worker })).toBe(2);
  });

  it('attributes a join made from a drive QR code to that drive', async () => {
    const result = await world.call('member', 'join', world.joinInput(7, 'g1', { driveId: 'drive-1' }), 'worker');
    expect(result.ok).toBe(true);
    expect((await world.ports.store.get(Members, people.worker))?.driveId).toBe('drive-1');
  });

  it('tells nobody but the worker — no notification at all on applying', async () => {
    await world.call('member', 'join', world.joinInput(7, 'g1', { employer: '顺丰' }), 'worker');
    const outbox = await world.ports.store.find(Outbox, { limit: 100 });
    expect(outbox.items.filter((message) => message.openid !== people.member)).toEqual([]);
  });

  it.each([
    ['an unknown drive', { driveId: 'no-such-drive' }, 'g1', 'DRIVE.NOT_FOUND', 'driveId'],
    ['an unknown union', {}, 'no-such-union', 'UNION.NOT_FOUND', 'unionId'],
    ['a union that does not take members directly', {}, 'street', 'UNION.NOT_ACCEPTING', 'unionId'],
    ['an outdated privacy notice', { consent: { version: '2020-01-01', privacy: true, sensitive: true } }, 'g1', 'MEMBER.CONSENT_OUTDATED', 'consent.version'],
  ] as const)('refuses %s and writes nothing', async (_case, extra, unionId, code, field) => {
    const before = await world.snapshot();
    const result = await world.call('member', 'join', world.joinInput(7, unionId, extra), 'worker');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, fields: expect.objectContaining({ [field]: expect.any(String) }) }) });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a second application while the first is pending', async () => {
    await world.call('member', 'join', world.joinInput(7), 'worker');
    const before = await world.snapshot();
    const again = await world.call('member', 'join', world.joinInput(8), 'worker');
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBER.APPLICATION_PENDING', message: '你的入会申请正在审核中，请耐心等待' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses an approved member', async () => {
    const result = await world.call('member', 'join', world.joinInput(9), 'member');
    expect(result).toMatchObject({ ok: false, error: { code: 'MEMBER.ALREADY_JOINED' } });
  });

  it('refuses an ID number another WeChat user already applied with', async () => {
    const before = await world.snapshot();
    const result = await world.call('member', 'join', world.joinInput(1, 'g1', { phone: testPhone(50) }), 'worker');
    expect(result).toMatchObject({ ok: false, error: { code: 'MEMBER.ID_NUMBER_TAKEN', fields: { idNumber: expect.any(String) } } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a phone another member uses, with a message saying what to do', async () => {
    const before = await world.snapshot();
    const result = await world.call('member', 'join', world.joinInput(7, 'g1', { phone: testPhone(1) }), 'worker');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'MEMBER.PHONE_TAKEN',
        message: expect.stringContaining('申请工会核实'),
        fields: { phone: '这个手机号已被使用' },
      },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('accepts a resubmission after 驳回 and frees the phone it no longer uses', async () => {
    await world.call('member', 'join', world.joinInput(7), 'worker');
    await world.call('member', 'review', { memberId: people.worker, decision: 'reject', reason: '手机号填错了' }, 'staffHere');

    const resubmitted = await world.call<MemberSelfView>('member', 'join', world.joinInput(7, 'g1b', { phone: testPhone(77) }), 'worker');
    expect(resubmitted).toMatchObject({ ok: true, data: { status: 'pending', rejectReason: null, union: { id: 'g1b' } } });

    // The old phone is free again: somebody else can use it.
    const other = await world.call('member', 'join', world.joinInput(8, 'g1', { phone: testPhone(7) }), 'someone-else');
    expect(other.ok).toBe(true);
    expect(await world.ports.store.count(UniqueKeys, { owner: people.worker })).toBe(2);
  });

  it('returns the first result to a retry with the same requestId and writes nothing new', async () => {
    const first = await world.call('member', 'join', world.joinInput(7), 'worker', 'retry-join-0001');
    const after = await world.snapshot();
    const retry = await world.call('member', 'join', world.joinInput(7), 'worker', 'retry-join-0001');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });

  it('files exactly one application when the same worker submits five times at once', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => world.call('member', 'join', world.joinInput(7), 'worker', `tap-${n}-abcdefgh`)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error.code)).toEqual(
      Array(4).fill('MEMBER.APPLICATION_PENDING'),
    );
    expect(await world.ports.store.count(Members, { _id: people.worker })).toBe(1);
    expect(await world.ports.store.count(UniqueKeys, { owner: people.worker })).toBe(2);
  });

  it('lets only one of two people racing with the same ID number through', async () => {
    const input = world.joinInput(7);
    const results = await Promise.all([
      world.call('member', 'join', input, 'racer-a'),
      world.call('member', 'join', { ...input, phone: testPhone(70) }, 'racer-b'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: expect.stringMatching(/^MEMBER\.(ID_NUMBER|PHONE)_TAKEN$/) } });
  });
});
