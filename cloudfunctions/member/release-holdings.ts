import { membershipEndHooks } from '../common/membership/hooks';
import type { MembershipEndHook } from '../common/membership/membership-end.port';
import type { ActionContext } from '../common/runtime/action';

/** Hooks are safe to run twice, so a failed one is tried once more at once (a write conflict passes). */
const attempts = 2;

const runHook = async (hook: MembershipEndHook, openid: string, { ports, requestId }: ActionContext) => {
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
 * Runs every feature's membership-end hook for a worker whose membership has just ended and gathers
 * what they tell the worker. A hook that still fails is logged (label and requestId, never personal
 * data) and the worker is told to ask the union: it does not undo the withdrawal, and the other hooks
 * still run. What it left held ends the ordinary way (a voucher expires, a booking is marked 未到).
 */
export const releaseMemberHoldings = async (context: ActionContext, openid: string): Promise<string[]> => {
  const notices: string[] = [];
  for (const hook of membershipEndHooks) {
    const report = await runHook(hook, openid, context);
    if (!report) {
      notices.push(`你的${hook.label}没能自动取消，请联系工会帮你处理`);
      continue;
    }
    notices.push(...report.notices);
    if (report.released > 0) context.ports.logger.info('membership end released', { hook: hook.label, released: report.released, requestId: context.requestId });
  }
  return notices;
};
