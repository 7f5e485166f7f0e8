import type { StaffRole } from '@core/enums/staff-role';
import type { MemberDoc } from '../collections/members.collection';

/**
 * Who may call an action, checked by the router before the use case runs:
 * - `anyone`: no identity needed;
 * - `user`: any signed-in openid (workers, members, staff alike);
 * - `member`: an approved union member (the use case receives the member document);
 * - `staff`: a grant holding one of `roles` (admins always qualify); the use case receives the scope,
 *   and must still check that the record it touches lies inside it.
 */
export type Access =
  | { who: 'anyone' }
  | { who: 'user' }
  | { who: 'member' }
  | { who: 'staff'; roles: readonly StaffRole[] };

export const anyone: Access = { who: 'anyone' };
export const signedIn: Access = { who: 'user' };
export const members: Access = { who: 'member' };
export const staffWith = (...roles: StaffRole[]): Access => ({ who: 'staff', roles });

/** A staff member's reach for the roles an action asked for: the union paths they cover. */
export interface StaffScope {
  /** Union paths (`/root/a/`) whose subtrees the caller may act on, none inside another. */
  unionPaths: readonly string[];
  /** Whether `unionPath` lies in one of those subtrees. */
  covers(unionPath: string): boolean;
}

export interface Caller {
  openid: string;
  /** Loaded for `member` access. */
  member: MemberDoc | null;
  /** Loaded for `staff` access. */
  scope: StaffScope | null;
  /** The member record in any status (or null), read by the consent gate for collecting actions. */
  record?: MemberDoc | null;
}

export const scopeOf = (paths: readonly string[]): StaffScope => {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const unionPaths = sorted.filter((path, i) => !sorted.slice(0, i).some((outer) => path.startsWith(outer)));
  return { unionPaths, covers: (unionPath) => unionPaths.some((outer) => unionPath.startsWith(outer)) };
};
