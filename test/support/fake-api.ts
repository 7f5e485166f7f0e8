import { cloud } from './taro';

/**
 * The transports' port boundary for component tests: `fetch` answering `/api/<fn>` (H5) and
 * `Taro.cloud.callFunction` (weapp) with canned envelopes per `fn.action`, recording every event it
 * was sent. Nothing else is mocked.
 */
export interface SentEvent {
  fn: string;
  action: string;
  data: Record<string, unknown>;
  requestId?: string;
}

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };
export type FakeHandlers = Record<string, (data: Record<string, unknown>, event: SentEvent) => Answer | 'network-down'>;

export const installFakeApi = (handlers: FakeHandlers) => {
  const sent: SentEvent[] = [];
  const answerTo = (fn: string, body: { action: string; data: Record<string, unknown>; requestId?: string }): Answer => {
    const event: SentEvent = { fn, action: body.action, data: body.data, requestId: body.requestId };
    sent.push(event);
    const handler = handlers[`${fn}.${body.action}`];
    const answer = handler ? handler(body.data, event) : { ok: false as const, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作' } };
    if (answer === 'network-down') throw new TypeError('Failed to fetch');
    return answer;
  };
  const fetchMock = jest.fn(async (url: string, init: { body: string }) => {
    const answer = answerTo(url.replace(/^\/api\//, ''), JSON.parse(init.body));
    return { status: answer.ok ? 200 : 400, json: async () => answer } as unknown as Response;
  });
  (globalThis as { fetch: unknown }).fetch = fetchMock;
  // The weapp transport, for a test that runs the page with TARO_ENV=weapp.
  cloud.callFunction.mockImplementation(async ({ name, data }) => ({
    result: answerTo(name, data as { action: string; data: Record<string, unknown> }),
    errMsg: 'cloud.callFunction:ok',
  }));
  return { sent, fetchMock, callsTo: (name: string) => sent.filter((e) => `${e.fn}.${e.action}` === name) };
};

export const unionsPage = {
  items: [
    { id: 'u1', name: '长青街道快递行业工会联合会', parentName: '青山区总工会', area: '青山区长青街道' },
    { id: 'u2', name: '青山区外卖配送行业工会', parentName: '青山区总工会', area: '青山区' },
  ],
  nextCursor: null,
};

export const pendingMember = (overrides: Record<string, unknown> = {}) => ({
  status: 'pending',
  name: '王小明',
  idMasked: '110105********002X',
  phoneMasked: '138****5678',
  occupation: 'courier',
  employer: null,
  workArea: '青山区长青街道',
  union: { id: 'u1', name: '长青街道快递行业工会联合会' },
  submittedAt: 1_795_000_000_000,
  reviewedAt: null,
  rejectReason: null,
  memberNo: null,
  joinedAt: null,
  ...overrides,
});
