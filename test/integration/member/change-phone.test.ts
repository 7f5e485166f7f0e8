import { privacyNoticeVersion } from '@core/privacy';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { UniqueKeys } from '../../../cloudfunctions/common/collections/unique-keys.collection';
import { testPhone } from '../../support/id-numbers';
import { approvedMember } from '../../support/member-steps';
import { createWorld, people, type World } from '../../support/world';

describe('member.changePhone', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('takes the new number (sealed and masked) and frees the old one for someone else', async () => {
    const result = await world.call('member', 'changePhone', { phone: '139 8765 4321' }, 'member');
    expect(result).toEqual({ ok: true, data: { phoneMasked: '139****4321' } });
    const stored = (await world.ports.store.get(Members, people.member))!;
    expect(world.ports.pii.decrypt(stored.phoneCipher)).toBe('13987654321');
    expect(JSON.stringify(stored)).not.toContain('13987654321');
    expect(await world.ports.store.count(UniqueKeys, { owner: people.member })).toBe(2);
    // The old number is free: a newcomer can join with it.
    expect((await world.call('member', 'join', world.joinInput(7, 'g1', { phone: testPhone(1) }), 'worker')).ok).toBe(true);
  });

  it('refuses a number another record holds, saying how to get it checked, and writes nothing', async () => {
    await world.call('member', 'join', world.joinInput(7, 'g1'), 'worker');
    const before = await world.snapshot();
    const result = await world.call('member', 'changePhone', { phone: testPhone(7) }, 'member');
    expect(result).toEqual({
      ok: false,
      error: { code: 'MEMBER.PHONE_TAKEN', message: expect.stringContaining('申请工会核实'), fields: { phone: '这个手机号已被使用' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses the number already registered, and a malformed one, writing nothing', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'changePhone', { phone: testPhone(1) }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.PHONE_UNCHANGED' } });
    expect(await world.call('member', 'changePhone', { phone: '12345' }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { phone: '请填写11位手机号' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('lets only one of two members racing for the same new number have it', async () => {
    await approvedMember(world, 'm-2', 2, 'g1', 'staffHere');
    const results = await Promise.all([
      world.call('member', 'changePhone', { phone: testPhone(99) }, 'member'),
      world.call('member', 'changePhone', { phone: testPhone(99) }, 'm-2'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: { code: 'MEMBER.PHONE_TAKEN' } });
  });

  it('asks for consent again first when the privacy notice changed', async () => {
    await world.ports.store.update(Members, people.member, { $set: { 'consent.version': '2020-01-01' } });
    expect(await world.call('member', 'changePhone', { phone: testPhone(99) }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
    await world.call('member', 'renewConsent', { consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }, 'member');
    expect((await world.call('member', 'changePhone', { phone: testPhone(99) }, 'member')).ok).toBe(true);
  });

  it('changes once when retried with the same requestId', async () => {
    const first = await world.call('member', 'changePhone', { phone: testPhone(99) }, 'member', 'phone-retry-01');
    const after = await world.snapshot();
    expect(await world.call('member', 'changePhone', { phone: testPhone(99) }, 'member', 'phone-retry-01')).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
  });
});
