import { errorMessageOf } from '@core/errors';
import type { Envelope } from '@core/result';
import type { CloudbaseSdk } from '../adapters/cloudbase/cloudbase.app';
import { createCloudbaseEntryCodes } from '../adapters/cloudbase/cloudbase.entry-codes';
import { createCloudbaseFiles } from '../adapters/cloudbase/cloudbase.files';
import { createCloudbaseNotifier, type MiniprogramState } from '../adapters/cloudbase/cloudbase.notifier';
import { createCloudbaseStore } from '../adapters/cloudbase/cloudbase.store';
import { subscribeTemplatesFrom, type SubscribeTemplate } from '../adapters/cloudbase/cloudbase.template-ids';
import { createPiiCipher, parseDataKey } from '../pii/pii-cipher';
import { systemClock } from '../ports/clock.port';
import { consoleLogger, type Logger } from '../ports/logger.port';
import type { Ports } from '../runtime/ports';
import { handleCall, type ActionRegistry, type RouterDeps } from '../runtime/router';

/**
 * The one place the production adapters are chosen (DESIGN.md "Layers"): the CloudBase store, storage
 * and subscribe messages over one node-sdk app, the system clock and console logs. Every deployed
 * function's index.ts is `export const main = cloudbaseMain('<fn>', <fn>Actions)`.
 *
 * The ports are built on the first call and kept for the warm container's life. node-sdk is required
 * only then, inside, so importing this file (a test, the bundle check) never runs the SDK, whose
 * credential check crashes a process that has no CloudBase environment (TOOLCHAIN.md).
 */
export type CloudFunctionMain = (event: unknown, context: unknown) => Promise<Envelope<unknown>>;

interface Runtime {
  deps: RouterDeps;
  /** The caller CloudBase vouches for: `app.auth().getUserInfo().openId` (WX_OPENID), never the event. */
  openidOfCaller(): string | null;
}

/** Settings from the function's environment, read before the SDK is loaded so a broken setting costs nothing. */
interface Settings {
  dataKey: Buffer;
  adminOpenids: ReadonlySet<string>;
  templates: Readonly<Record<string, SubscribeTemplate>>;
  miniprogramState: MiniprogramState;
}

const internal: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: errorMessageOf('INTERNAL') } };

/** `NUANXIN_ADMIN_OPENIDS=a,b` → {a, b}: bootstrap admins of the whole union tree. */
export const adminOpenidsFrom = (value: string | undefined): ReadonlySet<string> =>
  new Set((value ?? '').split(',').map((openid) => openid.trim()).filter(Boolean));

const miniprogramStates: readonly MiniprogramState[] = ['formal', 'trial', 'developer'];

/** The function's environment variables (process.env in production). */
export type Environment = Readonly<Record<string, string | undefined>>;

const settingsFrom = (env: Environment, logger: Logger): Settings | null => {
  if (!env.NUANXIN_DATA_KEY) {
    logger.error('NUANXIN_DATA_KEY is not set: every call answers INTERNAL until it is (never generate a new one: stored data needs the old key)');
    return null;
  }
  let dataKey: Buffer;
  try {
    dataKey = parseDataKey(env.NUANXIN_DATA_KEY);
  } catch (error) {
    logger.error('NUANXIN_DATA_KEY is malformed: every call answers INTERNAL until it is fixed', {
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
  const state = env.NUANXIN_MINIPROGRAM_STATE as MiniprogramState | undefined;
  return {
    dataKey,
    adminOpenids: adminOpenidsFrom(env.NUANXIN_ADMIN_OPENIDS),
    templates: subscribeTemplatesFrom(env.NUANXIN_TEMPLATE_IDS, logger),
    miniprogramState: state && miniprogramStates.includes(state) ? state : 'formal',
  };
};

const buildRuntime = (settings: Settings, logger: Logger): Runtime => {
  const tcb = require('@cloudbase/node-sdk') as CloudbaseSdk;
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const ports: Ports = {
    store: createCloudbaseStore(app.database()),
    files: createCloudbaseFiles(app),
    notifier: createCloudbaseNotifier(app, { templates: settings.templates, logger, miniprogramState: settings.miniprogramState }),
    clock: systemClock,
    logger,
    pii: createPiiCipher(settings.dataKey),
    codes: createCloudbaseEntryCodes(app, { miniprogramState: settings.miniprogramState }),
  };
  return {
    deps: { ports, adminOpenids: settings.adminOpenids },
    openidOfCaller: () => app.auth().getUserInfo().openId || null,
  };
};

/**
 * Work a CloudBase timer trigger starts (cloudbaserc.json `triggers`, named by `TriggerName`) instead of
 * a caller: reminders, end-of-day sweeps. It gets the ports and must be safe to run at any time and
 * any number of times — the trigger is the schedule, the job decides what is due.
 */
export type TimerJob = (ports: Ports) => Promise<unknown>;

/** `{Type: 'Timer', TriggerName}` is how CloudBase calls a function on a timer; anything else is a call. */
const timerNameOf = (event: unknown): string | null => {
  if (event === null || typeof event !== 'object') return null;
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown };
  return Type === 'Timer' && typeof TriggerName === 'string' ? TriggerName : null;
};

const notAnAction: Envelope<never> = { ok: false, error: { code: 'ACTION.UNKNOWN', message: errorMessageOf('ACTION.UNKNOWN') } };

export const cloudbaseMain = (
  fn: string,
  actions: ActionRegistry,
  options: { env?: Environment; logger?: Logger; timers?: Readonly<Record<string, TimerJob>> } = {},
): CloudFunctionMain => {
  const logger = options.logger ?? consoleLogger;
  let runtime: Runtime | null = null;
  return async (event) => {
    try {
      if (!runtime) {
        const settings = settingsFrom(options.env ?? process.env, logger);
        if (!settings) return internal;
        runtime = buildRuntime(settings, logger);
      }
      const timer = timerNameOf(event);
      if (timer !== null) {
        const job = options.timers && Object.prototype.hasOwnProperty.call(options.timers, timer) ? options.timers[timer] : undefined;
        // A trigger carries no caller; an "event" from the app that dresses up as one is refused.
        if (!job || runtime.openidOfCaller()) return notAnAction;
        try {
          return { ok: true, data: await job(runtime.deps.ports) };
        } catch (error) {
          logger.error('timer job failed', { fn, timer, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
          return internal;
        }
      }
      return await handleCall(fn, actions, event, runtime.openidOfCaller(), runtime.deps);
    } catch (error) {
      // handleCall answers every action failure itself; this is the SDK failing to start or to say who calls.
      logger.error('function could not serve the call', { fn, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return internal;
    }
  };
};
