import type { Ports } from '../runtime/ports';

/**
 * When a membership ends (退会), what the worker holds *as a member* in other features is given back at
 * once — a future 体检 booking's seat, a members-only 礼包 voucher's pack — instead of staying held
 * until a sweep marks it 未到 or lets it expire. Each feature that grants something only to members
 * registers one hook here (one line in `hooks.ts`), so `member.withdraw` reaches them without knowing
 * every feature.
 *
 * A transfer (member.decideTransfer, member.transfer) runs no hook, on purpose: what the member holds
 * was granted while they were eligible, it still carries a code staff of the granting union verify at
 * pick-up or check-in, and the worker keeps what they were promised. Only leaving the union ends it.
 */
export interface MembershipEndHook {
  /** The feature, for logs and the notice when its hook fails: `体检预约`, `礼包券`. */
  label: string;
  /**
   * Gives back what `openid` holds only as a member, through the same path the worker's own
   * cancellation takes (seats, stock, queues and counters move as they would). Runs after the
   * membership has ended; must be safe to run any number of times: a second run finds nothing held
   * and releases nothing. `notices` are plain Chinese, to the worker, one per thing released.
   */
  release(openid: string, ports: MembershipEndPorts, options: { reason: MembershipEndReason }): Promise<MembershipRelease>;
}

export type MembershipEndReason = 'withdrawn';

export type MembershipEndPorts = Pick<Ports, 'store' | 'clock' | 'notifier' | 'logger'>;

export interface MembershipRelease {
  released: number;
  notices: string[];
}
