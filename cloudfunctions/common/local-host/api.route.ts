import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessageOf, type ErrorCode } from '@core/errors';
import type { Envelope } from '@core/result';
import type { Logger } from '../ports/logger.port';
import { handleCall, type ActionRegistry, type RouterDeps } from '../runtime/router';
import { devOpenidOf } from './dev-identity';
import { httpStatusOf } from './http-status';
import { readJsonBody } from './read-body';
import { sendJson } from './respond';

export interface ApiContext {
  deps: RouterDeps;
  functions: Readonly<Record<string, ActionRegistry>>;
  logger: Logger;
}

const failure = (code: ErrorCode, fields?: Record<string, string>): Envelope<never> => ({
  ok: false,
  error: { code, message: errorMessageOf(code), ...(fields ? { fields } : {}) },
});

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * `POST /api/<fn>`: the event is the JSON body, the caller the `x-dev-openid` header; the same
 * `handleCall` a deployed function runs answers it. Only the function, action, status, code and time
 * are logged — bodies carry ID numbers and phones.
 */
export const handleApi = async (request: IncomingMessage, response: ServerResponse, fn: string, context: ApiContext): Promise<void> => {
  const started = Date.now();
  const actions = own(context.functions, fn);
  const log = (status: number, envelope: Envelope<unknown>, action?: string) =>
    context.logger.info('api', {
      fn: actions ? fn : '(unknown)',
      ...(action ? { action } : {}),
      status,
      ...(envelope.ok ? {} : { code: envelope.error.code }),
      ms: Date.now() - started,
    });

  if (request.method !== 'POST') {
    const envelope = failure('ACTION.UNKNOWN');
    sendJson(response, 405, envelope, { allow: 'POST' });
    return log(405, envelope);
  }
  if (!actions) {
    const envelope = failure('ACTION.UNKNOWN');
    sendJson(response, 404, envelope, { connection: 'close' });
    return log(404, envelope);
  }

  const body = await readJsonBody(request);
  if (!body.ok) {
    const tooLarge = body.problem === 'tooLarge';
    const envelope = failure('INPUT.INVALID', { _: tooLarge ? '提交的内容太大了' : '请求内容不是有效的 JSON' });
    sendJson(response, tooLarge ? 413 : 400, envelope, tooLarge ? { connection: 'close' } : {});
    return log(tooLarge ? 413 : 400, envelope);
  }

  const event = body.value;
  const actionName =
    event !== null && typeof event === 'object' && typeof (event as { action?: unknown }).action === 'string'
      ? (event as { action: string }).action
      : undefined;
  let envelope: Envelope<unknown>;
  try {
    envelope = await handleCall(fn, actions, event, devOpenidOf(request.headers), context.deps);
  } catch (error) {
    // handleCall turns action failures into envelopes itself; this catches only a broken store or router.
    context.logger.error('local host call failed', { fn, error: error instanceof Error ? error.name : 'unknown' });
    envelope = failure('INTERNAL');
  }
  const status = httpStatusOf(envelope);
  sendJson(response, status, envelope);
  log(status, envelope, actionName && own(actions, actionName) ? actionName : undefined);
};
