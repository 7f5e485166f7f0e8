import { contracts } from '@core/contracts';
import { privacyNoticeVersion } from '@core/privacy';
import { collectingActions } from '@core/rules/consent';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { actionCases } from '../../support/action-cases';
import { createWorld, people, type World } from '../../support/world';

const consent = { version: privacyNoticeVersion, privacy: true, sensitive: true };
const caseOf = (name: string) => {
  const found = actionCases.find((c) => `${c.fn}.${c.action}` === name);
  if (!found) throw new Error(`no action case for ${name}`);
  return found;
};
const outdate = (world: World, openid: string) => world.ports.store.update(Members, openid, { $set: { 'consent.version': '2020-01-01' } });

/** The router's consent gate (src/core/rules/consent.ts `collectingActions`), on every action it guards. */
describe('actions that collect personal data ask for consent to the current privacy notice first', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('lists only real actions, each naming MEMBER.CONSENT_OUTDATED among its errors', () => {
    for (const name of collectingActions) {
      const [fn, action] = name.split('.');
      const contract = (contracts as unknown as Record<string, Record<string, { errors: readonly string[] }>>)[fn]?.[action];
      expect([name, contract?.errors.includes('MEMBER.CONSENT_OUTDATED')]).toEqual([name, true]);
    }
  });

  it.each(collectingActions.map((name) => [name]))('%s goes ahead for a member whose consent is current', async (name) => {
    const { fn, action, input } = caseOf(name);
    expect(await world.call(fn, action, await input(world, 'member'), 'member', 'consent-ok-1')).toMatchObject({ ok: true });
  });

  it.each(collectingActions.map((name) => [name]))(
    '%s refuses a member who agreed to an older notice, writes nothing, and goes ahead on the same requestId once they agree again',
    async (name) => {
      const { fn, action, input } = caseOf(name);
      const data = await input(world, 'member');
      await outdate(world, people.member);
      const before = await world.snapshot();
      expect(await world.call(fn, action, data, 'member', 'consent-gate-1')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
      expect(await world.snapshot()).toEqual(before);
      expect(await world.call('member', 'renewConsent', { consent }, 'member')).toMatchObject({ ok: true });
      expect(await world.call(fn, action, data, 'member', 'consent-gate-1')).toMatchObject({ ok: true });
    },
  );

  it.each([['welfare.claim'], ['drive.signIn']])('%s refuses a worker who withdrew with an older consent on record', async (name) => {
    const { fn, action, input } = caseOf(name);
    const data = await input(world, 'member');
    expect(await world.call('member', 'withdraw', {}, 'member')).toMatchObject({ ok: true });
    await outdate(world, people.member);
    const before = await world.snapshot();
    expect(await world.call(fn, action, data, 'member')).toMatchObject({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it.each([['welfare.claim'], ['welfare.joinWaitlist'], ['drive.signIn']])('%s lets a worker with no record at all go ahead: no stored consent to be out of date', async (name) => {
    const { fn, action, input } = caseOf(name);
    expect(await world.call(fn, action, await input(world, 'worker'), 'worker')).toMatchObject({ ok: true });
  });

  it('leaves actions that collect nothing alone', async () => {
    await outdate(world, people.member);
    expect(await world.call('welfare', 'myClaims', {}, 'member')).toMatchObject({ ok: true });
    expect(await world.call('member', 'card', {}, 'member')).toMatchObject({ ok: true });
  });
});
