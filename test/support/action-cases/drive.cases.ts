import { startOfWorld, type World } from '../world';
import { everyone, type ActionCase } from './define';

/** The world's drive-1 starts a day after the world does and runs three hours. */
export const driveOneStartsAt = startOfWorld + 24 * 3_600_000;
const duringDrive = (world: World) => world.clock.set(driveOneStartsAt + 3_600_000);

const serialOf = { worker: 60, member: 61, staffHere: 62, staffElsewhere: 63, admin: 64, anonymous: 65 } as const;

export const validDrive = (world: World, unionId = 'g1') => ({
  title: '长青站点骑手集中入会日',
  kinds: ['founding', 'warmth'],
  unionId,
  place: '长青路美团站点',
  startsAt: world.clock.now() + 3_600_000,
  endsAt: world.clock.now() + 4 * 3_600_000,
  audience: { occupations: ['rider'], platforms: ['美团'] },
});

export const driveCases: ActionCase[] = [
  { fn: 'drive', action: 'entry', input: () => ({ driveId: 'drive-1' }), expect: everyone('ok') },
  {
    fn: 'drive',
    action: 'signIn',
    input: (world) => {
      duringDrive(world);
      return { driveId: 'drive-1', occupation: 'rider' };
    },
    expect: everyone('ok'),
  },
  {
    fn: 'drive',
    action: 'create',
    input: (world) => validDrive(world),
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
  { fn: 'drive', action: 'list', input: () => ({}), expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }) },
  { fn: 'drive', action: 'detail', input: () => ({ driveId: 'drive-1' }), expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }) },
  { fn: 'drive', action: 'board', input: () => ({ driveId: 'drive-1' }), expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }) },
  {
    fn: 'drive',
    action: 'queue',
    input: async (world) => {
      duringDrive(world);
      const joined = await world.call('member', 'join', world.joinInput(serialOf.worker, 'g1', { driveId: 'drive-1' }), 'drive-joiner');
      if (!joined.ok) throw new Error(JSON.stringify(joined.error));
      return { driveId: 'drive-1' };
    },
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
  {
    fn: 'drive',
    action: 'foundUnion',
    input: () => ({ driveId: 'drive-1', name: '长青街道快递员联合工会', parentId: 'street', mainOccupation: 'courier', area: '青山区长青街道' }),
    // staffHere serves only the grassroots union g1: the street above it is out of their reach.
    expect: everyone('denied', { admin: 'ok' }),
  },
];
