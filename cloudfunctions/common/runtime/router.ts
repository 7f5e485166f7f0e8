import { randomUUID } from 'node:crypto';
import { errorMessageOf, type ErrorCode } from '@core/errors';
import { EventSchema, type Envelope } from '@core/result';
import { collectsPersonalData } from '@core/rules/consent';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import type { MemberDoc } from '../collections/members.collection';
import { InvalidCursorError } from '../ports/store.port';
import type { ActionDefinition, Failure } from './action';
import { resolveCaller } from './caller';
import { checkConsent } from './consent-gate';
import { runOnce, type IdempotencyOptions } from './idempotency';
import type { Ports } from './ports';

export interface RouterDeps {
  ports: Ports;
  /** Openids made admins of the whole union tree (`NUANXIN_ADMIN_OPENIDS`). */
  adminOpenids: ReadonlySet<string>;
  idempotency?: IdempotencyOptions;
}

export type ActionRegistry = Readonly<Record<string, ActionDefinition>>;

const failureEnvelope = (code: ErrorCode, fields?: Record<string, string>, message?: string): Envelope<never> => ({
  ok: false,
  error: { code, message: message ?? errorMessageOf(code), ...(fields ? { fields } : {}) },
});

const envelopeOf = (failure: Failure): Envelope<never> => failureEnvelope(failure.code, failure.fields, failure.message);

/**
 * One function's entry: parse the event, find the action, check identity, validate `data` with the
 * action's contract, refuse a collecting action to a caller whose consent is outdated, check access,
 * run the use case (once per requestId for commands) and return the result envelope. Anything thrown
 * becomes INTERNAL, logged with its requestId, never sent as a stack.
 */
export const handleCall = async (
  fn: string,
  actions: ActionRegistry,
  event: unknown,
  openid: string | null,
  deps: RouterDeps,
): Promise<Envelope<unknown>> => {
  const parsedEvent = EventSchema.safeParse(event, { errorMap: chineseErrorMap });
  if (!parsedEvent.success) return failureEnvelope('INPUT.INVALID', fieldErrorsOf(parsedEvent.error));
  const { action: actionName, data, requestId: clientRequestId } = parsedEvent.data;

  const action = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined;
  if (!action) return failureEnvelope('ACTION.UNKNOWN');
  if (action.access.who !== 'anyone' && !openid) return failureEnvelope('AUTH.NO_IDENTITY');

  // An absent `data` is an empty input; `null` or any other non-object is a malformed one.
  const input = action.contract.input.safeParse(data === undefined ? {} : data, { errorMap: chineseErrorMap });
  if (!input.success) return failureEnvelope('INPUT.INVALID', fieldErrorsOf(input.error));

  const requestId = clientRequestId ?? randomUUID();
  const { ports } = deps;
  const qualifiedName = `${fn}.${actionName}`;

  // Refused before the requestId is remembered: the same tap, sent again once the worker agreed, goes through.
  let record: MemberDoc | null | undefined;
  if (openid && collectsPersonalData(fn, actionName)) {
    try {
      const gate = await checkConsent(ports.store, openid);
      if (gate.refusal) return envelopeOf(gate.refusal);
      record = gate.record;
    } catch (error) {
      ports.logger.error('consent check failed', { action: qualifiedName, requestId, error: String(error) });
      return failureEnvelope('INTERNAL');
    }
  }

  const execute = async (): Promise<Envelope<unknown>> => {
    try {
      const caller = await resolveCaller(openid ?? '', action.access, ports.store, deps.adminOpenids, record);
      if ('ok' in caller) return envelopeOf(caller);
      const outcome = await action.run(input.data, { caller, ports, requestId });
      if (!outcome.ok) return envelopeOf(outcome);
      const output = action.contract.output.safeParse(outcome.data);
      if (!output.success) {
        ports.logger.error('action returned data outside its contract', {
          action: qualifiedName,
          requestId,
          paths: output.error.issues.map((issue) => issue.path.join('.')),
        });
        return failureEnvelope('INTERNAL');
      }
      return { ok: true, data: output.data };
    } catch (error) {
      if (error instanceof InvalidCursorError) return failureEnvelope('INPUT.INVALID', { cursor: '分页参数不正确，请刷新后重试' });
      ports.logger.error('action threw', {
        action: qualifiedName,
        requestId,
        error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error),
      });
      return failureEnvelope('INTERNAL');
    }
  };

  if (action.contract.kind !== 'command' || !clientRequestId || !openid) return execute();
  try {
    const result = await runOnce(
      ports.store,
      ports.clock,
      { openid, action: qualifiedName, requestId: clientRequestId },
      execute,
      deps.idempotency,
    );
    return result === 'in-progress' ? failureEnvelope('REQUEST.IN_PROGRESS') : result;
  } catch (error) {
    ports.logger.error('idempotency store failed', { action: qualifiedName, requestId, error: String(error) });
    return failureEnvelope('INTERNAL');
  }
};
