import type { World } from '../world';
import { everyone, type ActionCase } from './define';

/** A pending application in g1 (staffHere's union), made by a third person. */
const pendingInUnionHere = async (world: World) => {
  const applied = await world.call('member', 'join', world.joinInput(40, 'g1'), 'applicant-here');
  if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  return 'applicant-here';
};

const serialOf = { worker: 50, member: 51, staffHere: 52, staffElsewhere: 53, admin: 54, anonymous: 55 } as const;

export const memberCases: ActionCase[] = [
  {
    fn: 'member',
    action: 'join',
    input: (world, role) => world.joinInput(serialOf[role], 'g1'),
    expect: everyone('ok', { member: 'MEMBER.ALREADY_JOINED' }),
  },
  { fn: 'member', action: 'me', input: () => ({}), expect: everyone('ok') },
  { fn: 'member', action: 'card', input: () => ({}), expect: everyone('denied', { member: 'ok' }) },
  {
    fn: 'member',
    action: 'applications',
    input: () => ({}),
    expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }),
  },
  {
    fn: 'member',
    action: 'review',
    input: async (world) => ({ memberId: await pendingInUnionHere(world), decision: 'approve' }),
    expect: everyone('denied', { staffHere: 'ok', admin: 'ok' }),
  },
];
