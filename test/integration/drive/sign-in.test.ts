import type { SignInResult } from '@core/contracts/drive.contract';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Signins } from '../../../cloudfunctions/common/collections/signins.collection';
import { driveSigninsHolder } from '../../../cloudfunctions/drive/personal-data';
import { driveOneStartsAt } from '../../support/action-cases/drive.cases';
import { createWorld, people, type World } from '../../support/world';

const hourMs = 3_600_000;

describe('drive.signIn', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    world.clock.set(driveOneStartsAt + hourMs);
  });
  afterEach(() => world.close());

  const board = () => world.ports.store.get(Counters, 'driveBoard:drive-1');

  it('signs a worker in once: a second scan answers the first and counts nothing', async () => {
    const first = await world.call<SignInResult>('drive', 'signIn', { driveId: 'drive-1', occupation: 'courier' }, 'worker');
    expect(first).toEqual({ ok: true, data: { driveId: 'drive-1', signedInAt: world.clock.now(), firstTime: true, membership: 'none' } });
    expect(await board()).toMatchObject({ kind: 'driveBoard', unionId: 'g1', signedIn: 1, signedIn_courier: 1 });
    expect(await world.ports.store.get(Counters, 'drives:g1:2026-11')).toMatchObject({ reached: 1 });

    world.clock.advance(10 * 60_000);
    const before = await world.snapshot();
    const again = await world.call<SignInResult>('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker');
    expect(again).toMatchObject({ ok: true, data: { firstTime: false, signedInAt: first.ok ? first.data.signedInAt : 0 } });
    expect(await world.snapshot()).toEqual(before);
    expect(await board()).toMatchObject({ signedIn: 1, signedIn_courier: 1 });
  });

  it('counts a member by the occupation on their record and says they are a member', async () => {
    const result = await world.call<SignInResult>('drive', 'signIn', { driveId: 'drive-1', occupation: 'domestic' }, 'member');
    expect(result).toMatchObject({ ok: true, data: { membership: 'approved', firstTime: true } });
    expect(await board()).toMatchObject({ signedIn: 1, signedIn_rider: 1 });
    expect(await world.ports.store.get(Signins, `drive-1_${people.member}`)).toMatchObject({ wasMember: true, occupation: 'rider' });
  });

  it('counts one sign-in when the same worker scans twice at the same moment', async () => {
    const results = await Promise.all([
      world.call<SignInResult>('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker'),
      world.call<SignInResult>('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker'),
    ]);
    expect(results.filter((result) => result.ok && result.data.firstTime)).toHaveLength(1);
    expect(await board()).toMatchObject({ signedIn: 1 });
  });

  it('takes sign-ins from an hour before the start until two hours after the end, and no others', async () => {
    const before = await world.snapshot();
    world.clock.set(driveOneStartsAt - hourMs - 1);
    expect(await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker')).toMatchObject({
      ok: false,
      error: { code: 'DRIVE.NOT_STARTED', message: '活动还没开始，开始前一小时可以签到' },
    });
    world.clock.set(driveOneStartsAt + 3 * hourMs + 2 * hourMs + 1);
    expect(await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker')).toMatchObject({
      ok: false,
      error: { code: 'DRIVE.ENDED' },
    });
    expect(await world.call('drive', 'signIn', { driveId: 'missing', occupation: 'rider' }, 'worker')).toMatchObject({
      ok: false,
      error: { code: 'DRIVE.NOT_FOUND' },
    });
    expect(await world.snapshot()).toEqual(before);

    world.clock.set(driveOneStartsAt - hourMs);
    expect(await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker')).toMatchObject({ ok: true });
  });

  it('hands the worker their sign-ins in an export and erases them to anonymous ones, keeping the count', async () => {
    await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'worker');
    expect(await driveSigninsHolder.exportFor(people.worker, world.ports)).toEqual([{ 活动: 'drive-1', 签到时间: world.clock.now(), 职业: 'rider' }]);
    await driveSigninsHolder.eraseFor(people.worker, world.ports);
    await driveSigninsHolder.eraseFor(people.worker, world.ports);
    expect(await world.ports.store.count(Signins, { openid: people.worker })).toBe(0);
    const left = await world.ports.store.find(Signins, { where: { driveId: 'drive-1' } });
    expect(left.items).toEqual([expect.objectContaining({ openid: expect.stringMatching(/^erased-/), occupation: 'rider' })]);
    expect(JSON.stringify(left.items)).not.toContain(people.worker);
    expect(await driveSigninsHolder.exportFor(people.worker, world.ports)).toEqual([]);
    expect(await board()).toMatchObject({ signedIn: 1 });
  });
});
