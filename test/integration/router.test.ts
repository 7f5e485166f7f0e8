import { z } from 'zod';
import { defineContract } from '@core/contract';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { defineAction, fail, ok } from '../../cloudfunctions/common/runtime/action';
import { signedIn } from '../../cloudfunctions/common/runtime/access';
import { Idempotency } from '../../cloudfunctions/common/collections/idempotency.collection';
import { createWorld, type World } from '../support/world';

/** The router's own behaviour, on actions made for the test, through the real store. */
describe('the action router', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const echo = defineContract({ kind: 'command', input: z.object({ n: z.number() }).strict(), output: z.object({ n: z.number() }), errors: [] });
  let runs = 0;
  const actions = {
    echo: defineAction({ contract: echo, access: signedIn, run: async (input) => ((runs += 1), ok({ n: input.n })) }),
    explode: defineAction({
      contract: echo,
      access: signedIn,
      run: async () => {
        throw new Error('secret stack detail 530321199203151232');
      },
    }),
    refuse: defineAction({
      contract: defineContract({ ...echo, errors: ['MEMBER.CONSENT_OUTDATED'] }),
      access: signedIn,
      run: async () => ((runs += 1), fail('MEMBER.CONSENT_OUTDATED', { fields: { 'consent.version': '请重新同意' } })),
    }),
    drift: defineAction({ contract: echo, access: signedIn, run: async () => ok({ n: 'not a number' } as unknown as { n: number }) }),
  };
  const call = (event: unknown, openid: string | null = 'w-1') =>
    handleCall('test', actions, event, openid, { ports: world.ports, adminOpenids: new Set(), idempotency: { waitMs: 200, pollMs: 5 } });

  beforeEach(() => {
    runs = 0;
  });

  it('runs a known action and wraps its result', async () => {
    expect(await call({ action: 'echo', data: { n: 3 } })).toEqual({ ok: true, data: { n: 3 } });
  });

  it.each([
    ['an event that is not an object', 'INPUT.INVALID', 'hello'],
    ['an event without action', 'INPUT.INVALID', { data: {} }],
    ['a malformed requestId', 'INPUT.INVALID', { action: 'echo', data: { n: 1 }, requestId: 'a b' }],
    ['an unknown action', 'ACTION.UNKNOWN', { action: 'nope', data: {} }],
    ['an inherited property name as action', 'ACTION.UNKNOWN', { action: 'toString', data: {} }],
  ])('answers %s with %s', async (_case, code, event) => {
    expect(await call(event)).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  });

  it('requires an identity before looking at the input', async () => {
    expect(await call({ action: 'echo', data: { bad: true } }, null)).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY', message: '请先登录' } });
  });

  it('names the bad fields in Chinese', async () => {
    expect(await call({ action: 'echo', data: { n: 'x' } })).toEqual({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '填写的内容有误，请按提示修改', fields: { n: '格式不正确' } },
    });
  });

  it('turns a thrown error into INTERNAL with the requestId logged and no stack sent', async () => {
    const result = await call({ action: 'explode', data: { n: 1 }, requestId: 'req-explode-1' });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(world.logs).toContainEqual(expect.objectContaining({ level: 'error', meta: expect.objectContaining({ requestId: 'req-explode-1', action: 'test.explode' }) }));
    // An internal failure is not remembered: the retry may run again.
    expect(await world.ports.store.count(Idempotency)).toBe(0);
  });

  it('refuses to send data outside the action\'s contract', async () => {
    expect(await call({ action: 'drift', data: { n: 1 } })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('runs a command once per caller and requestId', async () => {
    const first = await call({ action: 'echo', data: { n: 1 }, requestId: 'req-once-0001' });
    const retry = await call({ action: 'echo', data: { n: 1 }, requestId: 'req-once-0001' });
    const otherCaller = await call({ action: 'echo', data: { n: 2 }, requestId: 'req-once-0001' }, 'w-2');
    expect(retry).toEqual(first);
    expect(otherCaller).toEqual({ ok: true, data: { n: 2 } });
    expect(runs).toBe(2);
  });

  it('gives a retry the same expected failure, dotted field names included, without running again', async () => {
    const first = await call({ action: 'refuse', data: { n: 1 }, requestId: 'req-refuse-001' });
    const retry = await call({ action: 'refuse', data: { n: 1 }, requestId: 'req-refuse-001' });
    expect(first).toEqual({ ok: false, error: expect.objectContaining({ code: 'MEMBER.CONSENT_OUTDATED', fields: { 'consent.version': '请重新同意' } }) });
    expect(retry).toEqual(first);
    expect(runs).toBe(1);
  });

  it('runs a command once when its retries arrive together', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => call({ action: 'echo', data: { n: 5 }, requestId: 'req-burst-0001' })));
    expect(results).toEqual(Array(10).fill({ ok: true, data: { n: 5 } }));
    expect(runs).toBe(1);
  });
});
