import { privacyNoticeVersion } from '@core/privacy';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { createWorld, people, type World } from '../../support/world';

const consent = { version: privacyNoticeVersion, privacy: true, sensitive: true };

describe('consent to a changed privacy notice (member.me, member.renewConsent)', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    await world.ports.store.update(Members, people.member, { $set: { 'consent.version': '2020-01-01' } });
  });
  afterEach(() => world.close());

  it('tells a worker who agreed to an older notice to read it again, and stores the new agreement', async () => {
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { consentNeeded: true } });
    world.clock.advance(60_000);
    expect(await world.call('member', 'renewConsent', { consent }, 'member')).toEqual({ ok: true, data: { consentVersion: privacyNoticeVersion } });
    expect((await world.ports.store.get(Members, people.member))?.consent).toEqual({
      version: privacyNoticeVersion,
      privacyAt: world.clock.now(),
      sensitiveAt: world.clock.now(),
    });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { consentNeeded: false } });
  });

  it('refuses agreement to a notice that is not the current one, or without both boxes, writing nothing', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'renewConsent', { consent: { ...consent, version: '2020-01-01' } }, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
    expect(await world.call('member', 'renewConsent', { consent: { ...consent, sensitive: false } }, 'member')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { 'consent.sensitive': '请同意处理身份证号等敏感信息' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('stores nothing for someone with no record, and asks nobody who is up to date', async () => {
    const before = await world.snapshot();
    expect(await world.call('member', 'renewConsent', { consent }, 'worker')).toEqual({ ok: true, data: { consentVersion: privacyNoticeVersion } });
    expect(await world.snapshot()).toEqual(before);
    expect(await world.call('member', 'me', {}, 'worker')).toMatchObject({ ok: true, data: { consentNeeded: false } });
  });

  it('does not ask a worker who withdrew: joining again asks them anyway', async () => {
    await world.call('member', 'renewConsent', { consent }, 'member');
    await world.call('member', 'withdraw', {}, 'member');
    await world.ports.store.update(Members, people.member, { $set: { 'consent.version': '2020-01-01' } });
    expect(await world.call('member', 'me', {}, 'member')).toMatchObject({ ok: true, data: { consentNeeded: false } });
  });
});
