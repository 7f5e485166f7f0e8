import { z } from 'zod';
import { defineContract } from '@core/contract';
import { errorKindOf, errors, type ErrorCode, type ErrorKind } from '@core/errors';
import { anyone, signedIn } from '../../runtime/access';
import { defineAction, fail, ok, type ActionDefinition } from '../../runtime/action';
import { httpStatusByKind } from '../http-status';
import { maxBodyBytes } from '../read-body';
import { postJson, startInProcessHost, type InProcessHost } from './in-process-host';

const allCodes = Object.keys(errors) as ErrorCode[];

/** Test actions: one that fails with any code, one that says who called, one that throws. */
const probe = {
  fail: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({ code: z.string() }), output: z.object({}), errors: allCodes }),
    access: anyone,
    run: async (input) => fail(input.code as ErrorCode),
  }),
  whoami: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({}), output: z.object({ openid: z.string().nullable() }), errors: [] }),
    access: anyone,
    run: async (_input, { caller }) => ok({ openid: caller.openid || null }),
  }),
  mine: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({ idNumber: z.string().optional() }), output: z.object({ openid: z.string() }), errors: [] }),
    access: signedIn,
    run: async (_input, { caller }) => ok({ openid: caller.openid }),
  }),
  explode: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({}), output: z.object({}), errors: [] }),
    access: anyone,
    run: async () => {
      throw new Error('boom');
    },
  }),
} as unknown as Record<string, ActionDefinition>;

/** One code per kind, to show the mapping end to end over HTTP. */
const codeOfKind = (kind: ErrorKind): ErrorCode => allCodes.find((code) => errorKindOf(code) === kind)!;

describe('POST /api/<fn> on the local host', () => {
  let host: InProcessHost;
  beforeAll(async () => {
    host = await startInProcessHost({ functions: { probe } });
  });
  afterAll(() => host.close());

  it('answers a success with 200 and the envelope as JSON', async () => {
    const response = await postJson(host.origin, 'probe', { action: 'whoami' }, 'demo-worker');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({ ok: true, data: { openid: 'demo-worker' } });
  });

  it.each(Object.entries(httpStatusByKind) as Array<[ErrorKind, number]>)('maps a %s failure to HTTP %i', async (kind, status) => {
    const code = codeOfKind(kind);
    const response = await postJson(host.origin, 'probe', { action: 'fail', data: { code } });
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ ok: false, error: { code, message: errors[code].message } });
  });

  it('gives every error code a status of its kind', () => {
    for (const code of allCodes) expect(httpStatusByKind[errorKindOf(code)]).toBeGreaterThanOrEqual(400);
  });

  it('turns a thrown exception into a 500 INTERNAL envelope without the stack', async () => {
    const response = await postJson(host.origin, 'probe', { action: 'explode' });
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(response.body)).not.toMatch(/boom|at /);
  });

  it('answers 401 AUTH.NO_IDENTITY to a user action without the identity header', async () => {
    const response = await postJson(host.origin, 'probe', { action: 'mine' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('AUTH.NO_IDENTITY');
  });

  it.each(['', 'has space', 'semi;colon', 'caf\u00e9', 'a'.repeat(65), '../x', 'a.b'])('treats the malformed header %j as no identity', async (header) => {
    const who = await postJson(host.origin, 'probe', { action: 'whoami' }, header);
    expect(who.body).toEqual({ ok: true, data: { openid: null } });
    const mine = await postJson(host.origin, 'probe', { action: 'mine' }, header);
    expect(mine.status).toBe(401);
  });

  it('answers 400 INPUT.INVALID to a body that is not JSON', async () => {
    const response = await postJson(host.origin, 'probe', null, 'demo-worker', '{"action": "whoami"');
    expect(response.status).toBe(400);
    expect(response.body.ok).toBe(false);
    expect(response.body.error.code).toBe('INPUT.INVALID');
  });

  it('answers 400 INPUT.INVALID to an event without an action', async () => {
    const response = await postJson(host.origin, 'probe', { data: {} }, 'demo-worker');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INPUT.INVALID');
  });

  it('refuses a body over the limit (4 MB) with 413 and an INPUT.INVALID envelope', async () => {
    const response = await postJson(host.origin, 'probe', { action: 'whoami', data: { pad: 'x'.repeat(maxBodyBytes) } }, 'demo-worker');
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('INPUT.INVALID');
  });

  it('answers 404 ACTION.UNKNOWN to an unknown function or action', async () => {
    for (const fn of ['nope', 'constructor', '__proto__', 'a.b']) {
      const response = await postJson(host.origin, fn, { action: 'whoami' }, 'demo-worker');
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('ACTION.UNKNOWN');
    }
    const unknownAction = await postJson(host.origin, 'probe', { action: 'toString' }, 'demo-worker');
    expect(unknownAction.status).toBe(404);
    expect(unknownAction.body.error.code).toBe('ACTION.UNKNOWN');
  });

  it('accepts only POST on /api', async () => {
    const response = await fetch(`${host.origin}/api/probe`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { ok: boolean }).ok).toBe(false);
  });

  it('never logs the request body', async () => {
    host.logs.length = 0;
    await postJson(host.origin, 'probe', { action: 'mine', data: { idNumber: '11010519491231002X' } }, 'demo-worker');
    await postJson(host.origin, 'probe', null, 'demo-worker', '{"action":"mine","data":{"idNumber":"11010519491231002X"');
    expect(host.logs.length).toBeGreaterThan(0);
    expect(host.logs.join('\n')).not.toContain('11010519491231002X');
    expect(JSON.parse(host.logs[0])).toMatchObject({ message: 'api', fn: 'probe', action: 'mine', status: 200 });
  });
});
