import Taro from '@tarojs/taro';
import type { InputOf, OutputOf } from '@core/contract';
import type { ActionName, ContractOf, FunctionName } from '@core/contracts';
import type { AppError, Envelope } from '@core/result';
import { collectsPersonalData } from '@core/rules/consent';
import { openRenewConsent } from './renew-consent-gate';

/**
 * The one door to the functions (DESIGN.md "Client"): `call('member', 'join', input)` is typed by the
 * contract, goes through `Taro.cloud.callFunction` in weapp and `fetch('/api/…')` in H5, and always
 * resolves to an envelope — a lost connection is a failure value, never a throw into a page.
 */
export interface CallOptions {
  /** Idempotency key of a command: the same id on a retry makes the server answer the first result. */
  requestId?: string;
}

type CallEvent = { action: string; data: unknown; requestId?: string };

/** Where the local host's sign-in page keeps the chosen demo identity (fixed name, plain string). */
export const devOpenidKey = 'nuanxin.devOpenid';

const failure = (code: AppError['code'], message: string): Envelope<never> => ({ ok: false, error: { code, message } });
const networkFailure = () => failure('INTERNAL', '网络不好，请检查网络后重试');
const unreadableAnswer = () => failure('INTERNAL', '系统繁忙，请稍后再试');

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  ((value as { ok?: unknown }).ok === true ||
    ((value as { ok?: unknown }).ok === false && typeof (value as { error?: unknown }).error === 'object'));

const callCloud = async (fn: string, event: CallEvent): Promise<Envelope<unknown>> => {
  let result: unknown;
  try {
    result = (await Taro.cloud.callFunction({ name: fn, data: event })).result;
  } catch {
    return networkFailure();
  }
  return isEnvelope(result) ? result : unreadableAnswer();
};

const callHttp = async (fn: string, event: CallEvent): Promise<Envelope<unknown>> => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const openid = window.localStorage.getItem(devOpenidKey);
  if (openid) headers['x-dev-openid'] = openid;
  let response: Response;
  try {
    response = await fetch(`/api/${fn}`, { method: 'POST', headers, body: JSON.stringify(event) });
  } catch {
    return networkFailure();
  }
  // Every status carries the envelope in its body (DESIGN.md "Local HTTP"); only a broken body is ours.
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return response.status >= 500 || response.status === 0 ? networkFailure() : unreadableAnswer();
  }
  if (!isEnvelope(body)) return unreadableAnswer();
  if (!body.ok && body.error.code === 'AUTH.NO_IDENTITY') {
    window.location.assign(`/dev/sign-in?next=${encodeURIComponent(window.location.href)}`);
  }
  return body;
};

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<ContractOf<F, A>>,
  options: CallOptions = {},
): Promise<Envelope<OutputOf<ContractOf<F, A>>>> {
  const event: CallEvent = { action, data: input, ...(options.requestId ? { requestId: options.requestId } : {}) };
  let envelope = process.env.TARO_ENV === 'weapp' ? await callCloud(fn, event) : await callHttp(fn, event);
  // STYLE.md rule 2, development only: the production bundle drops this branch and, with it, zod.
  if (process.env.NODE_ENV !== 'production') {
    const { checkAgainstContract } = require('./check-contract') as typeof import('./check-contract');
    envelope = checkAgainstContract(fn, action, envelope);
  }
  // The worker agreed to an older privacy notice: the renew page asks again and comes back here, where
  // the page shows the refusal's message and the same tap then goes through. Only the actions the server
  // gates this way (join and renewConsent refuse an outdated notice in their own input, on their own page).
  if (!envelope.ok && envelope.error.code === 'MEMBER.CONSENT_OUTDATED' && collectsPersonalData(fn, action)) openRenewConsent();
  return envelope as Envelope<OutputOf<ContractOf<F, A>>>;
}
