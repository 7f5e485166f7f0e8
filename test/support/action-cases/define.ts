import type { Role, World } from '../world';

/**
 * One action's line in the authorization matrix and the malformed-input suite: a valid input, and
 * what each role gets back — `ok`, `denied` (the router or the scope check refused: AUTH.NO_IDENTITY,
 * AUTH.FORBIDDEN or MEMBER.NOT_MEMBER), or the exact error code of a business refusal.
 */
export type Expectation = 'ok' | 'denied' | `${string}.${string}`;

export interface ActionCase {
  fn: string;
  action: string;
  /** A valid input for `role` in a fresh world (may prepare the world first). */
  input(world: World, role: Role): Promise<unknown> | unknown;
  expect: Record<Role, Expectation>;
}

/** `expectation` for every signed-in role (anonymous is always denied), with exceptions. */
export const everyone = (expectation: Expectation, except: Partial<Record<Role, Expectation>> = {}): Record<Role, Expectation> => ({
  anonymous: 'denied',
  worker: expectation,
  member: expectation,
  staffHere: expectation,
  staffElsewhere: expectation,
  admin: expectation,
  ...except,
});

export const deniedCodes = ['AUTH.NO_IDENTITY', 'AUTH.FORBIDDEN', 'MEMBER.NOT_MEMBER'];
