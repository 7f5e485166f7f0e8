import { Members } from '../common/collections/members.collection';
import { membershipEndHooks } from '../common/membership/hooks';
import type { MembershipEndHook } from '../common/membership/membership-end.port';
import type { Ports } from '../common/runtime/ports';

/** Hooks are safe to run twice, so a failed one is tried once more at once (a write conflict passes). */
const attempts = 2;

const runHook = async (hook: MembershipEndHook, openid: string, ports: Ports, requestId: string) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await hook.release(openid, ports, { reason: 'withdrawn' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ports.logger.error('membership end hook failed', { hook: hook.label, attempt, requestId, error: message });
      if (attempt >= attempts) return null;
    }
  }
};

/**
 * Runs every feature's membership-end hook for a worker whose membership has ended and gathers what
 * they tell the worker. A hook that still fails is logged (label and requestId, never personal data)
 * and the worker is told the union will sort it out: it does not undo the withdrawal, and the other
 * hooks still run. Only when every hook succeeded is the member's `holdingsPending` cleared; until
 * then the membership-end sweep runs them again (they are safe to run twice).
 */
export const releaseMemberHoldings = async (ports: Ports, openid: string, requestId: string): Promise<string[]> => {
  const notices: string[] = [];
  let complete = true;
  for (const hook of membershipEndHooks) {
    const report = await runHook(hook, openid, ports, requestId);
    if (!report) {
      complete = false;
      notices.push(`你的${hook.label}没能自动取消，系统稍后会再试；着急的话请联系工会帮你处理`);
      continue;
    }
    notices.push(...report.notices);
    if (report.released > 0) ports.logger.info('membership end released', { hook: hook.label, released: report.released, requestId });
  }
  // Only a record still withdrawn: a worker who has joined again meanwhile holds things as a member again.
  if (complete) await ports.store.updateWhere(Members, { _id: openid, status: 'withdrawn' }, { $set: { holdingsPending: false } });
  return notices;
};
