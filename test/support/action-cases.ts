import type { Role, World } from './world';
import { people } from './world';

/**
 * Every action, with a valid input and what each role gets back: `ok`, `denied` (the router or the
 * scope check refused: AUTH.NO_IDENTITY, AUTH.FORBIDDEN or MEMBER.NOT_MEMBER), or the exact error code
 * of a business refusal. The authorization matrix and the malformed-input suite both run from this
 * table, and a test fails when an action in src/core/contracts has no line here — a new action joins
 * both suites by adding one line.
 */
export type Expectation = 'ok' | 'denied' | `${string}.${string}`;

export interface ActionCase {
  fn: string;
  action: string;
  /** A valid input for `role` in a fresh world (may prepare the world first). */
  input(world: World, role: Role): Promise<unknown> | unknown;
  expect: Record<Role, Expectation>;
}

const everyone = (expectation: Expectation, except: Partial<Record<Role, Expectation>> = {}): Record<Role, Expectation> => ({
  anonymous: 'denied',
  worker: expectation,
  member: expectation,
  staffHere: expectation,
  staffElsewhere: expectation,
  admin: expectation,
  ...except,
});

/** A pending application in g1 (staffHere's union), made by a third person. */
const pendingInUnionHere = async (world: World) => {
  const applied = await world.call('member', 'join', world.joinInput(40, 'g1'), 'applicant-here');
  if (!applied.ok) throw new Error(JSON.stringify(applied.error));
  return 'applicant-here';
};

export const actionCases: ActionCase[] = [
  {
    fn: 'member',
    action: 'join',
    input: (world, role) => world.joinInput(50 + ['worker', 'member', 'staffHere', 'staffElsewhere', 'admin', 'anonymous'].indexOf(role), 'g1'),
    expect: everyone('ok', { member: 'MEMBER.ALREADY_JOINED' }),
  },
  { fn: 'member', action: 'me', input: () => ({}), expect: everyone('ok') },
  {
    fn: 'member',
    action: 'card',
    input: () => ({}),
    expect: everyone('denied', { member: 'ok' }),
  },
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
  { fn: 'directory', action: 'unions', input: () => ({ keyword: '长青' }), expect: everyone('ok') },
  { fn: 'drive', action: 'entry', input: () => ({ driveId: 'drive-1' }), expect: everyone('ok') },
];

export const deniedCodes = ['AUTH.NO_IDENTITY', 'AUTH.FORBIDDEN', 'MEMBER.NOT_MEMBER'];

export { people };
