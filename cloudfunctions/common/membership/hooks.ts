import { healthMembershipEnd } from '../../health/membership-end';
import { welfareMembershipEnd } from '../../welfare/membership-end';
import type { MembershipEndHook } from './membership-end.port';

/**
 * Every feature's membership-end hook, one line each. `member.withdraw` runs them in this order once
 * the membership has ended; a feature that grants something only to members (a seat, a pack, a place)
 * adds its hook here in the same change.
 */
export const membershipEndHooks: readonly MembershipEndHook[] = [
  healthMembershipEnd,
  welfareMembershipEnd,
];
