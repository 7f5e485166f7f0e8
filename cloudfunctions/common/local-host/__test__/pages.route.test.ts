import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Outbox } from '../../collections/outbox.collection';
import { demoIdentities } from '../seed/demo-identities';
import { startInProcessHost, type InProcessHost } from './in-process-host';

const get = async (origin: string, urlPath: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${origin}${urlPath}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** Sends the path exactly as written: fetch would resolve `..` and `%2e%2e` before sending. */
const getRaw = (origin: string, rawPath: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });

describe('static files and dev pages on the local host', () => {
  let host: InProcessHost;
  // The H5 folder sits beside a file it must never serve.
  const outer = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-static-'));
  beforeAll(async () => {
    mkdirSync(path.join(outer, 'h5'));
    writeFileSync(path.join(outer, 'package.json'), '{"name":"secret"}');
    host = await startInProcessHost({ functions: {}, h5Dir: path.join(outer, 'h5') });
    mkdirSync(path.join(host.h5Dir, 'js'), { recursive: true });
    mkdirSync(path.join(host.h5Dir, 'css'), { recursive: true });
    writeFileSync(path.join(host.h5Dir, 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(path.join(host.h5Dir, 'js', 'app.5f3a.js'), 'console.log(1)');
    writeFileSync(path.join(host.h5Dir, 'css', 'app.css'), 'body{}');
    writeFileSync(path.join(host.h5Dir, 'logo.svg'), '<svg/>');
  });
  afterAll(async () => {
    await host.close();
    rmSync(outer, { recursive: true, force: true });
  });

  it('serves index.html for / and assets with their content types', async () => {
    const index = await get(host.origin, '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('<div id="app">');
    expect((await get(host.origin, '/js/app.5f3a.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(host.origin, '/css/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get(host.origin, '/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await get(host.origin, '/pages/home/index');
    expect(route.status).toBe(200);
    expect(route.text).toContain('<div id="app">');
    expect((await get(host.origin, '/js/missing.js')).status).toBe(404);
  });

  it('answers 304 when the browser already has the file', async () => {
    const first = await get(host.origin, '/js/app.5f3a.js');
    const again = await get(host.origin, '/js/app.5f3a.js', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/js/..%2f..%2fpackage.json', '/js/../../package.json', '/%2e%2e%5cpackage.json', '/..\\package.json', '/%00'])(
    'never serves anything outside the H5 folder for %s',
    async (urlPath) => {
      const response = await getRaw(host.origin, urlPath);
      expect(response.status).toBeGreaterThan(0);
      expect(response.text).not.toContain('secret');
      if (response.status === 200) expect(response.text).toContain('<div id="app">');
    },
  );

  it('serves stored files with their type and refuses paths outside the files folder', async () => {
    const fileId = await host.composition.ports.files.put('evidence', { name: 'a.png', contentType: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) });
    const url = await host.composition.ports.files.url(fileId);
    const served = await fetch(`${host.origin}${url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    for (const bad of ['/files/../nuanxin.sqlite', '/files/%2e%2e/x.png', '/files/evidence/..%2f..%2fx.png', '/files/evidence/x.html', '/files/evidence/']) {
      expect((await getRaw(host.origin, bad)).status).toBe(404);
    }
  });

  it('lists every demo identity on /dev/sign-in with its own nonce-protected script', async () => {
    const page = await get(host.origin, '/dev/sign-in?next=%2F%23%2Fpages%2Fme%2Findex');
    expect(page.status).toBe(200);
    for (const identity of demoIdentities) {
      expect(page.text).toContain(`data-openid="${identity.openid}"`);
      expect(page.text).toContain(identity.label);
    }
    expect(page.text).toContain('nuanxin.devOpenid');
    const nonce = /script-src 'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(page.text).toContain(`<script nonce="${nonce}">`);
  });

  it('serves the dev panel and lists the outbox newest first', async () => {
    expect((await get(host.origin, '/dev')).status).toBe(302);
    const panel = await get(host.origin, '/dev/');
    expect(panel.status).toBe(200);
    expect(panel.text).toContain('通知发件箱');

    const { notifier, clock } = host.composition.ports;
    await notifier.notify('demo-worker', 'memberApproved', { union: '测试工会', memberNo: 'NX2026000001', result: '入会申请已通过' }, 'packages/join/status');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await notifier.notify('demo-member', 'memberRejected', { union: '测试工会', reason: '材料不全', result: '入会申请未通过' }, 'packages/join/status');
    const outbox = await get(host.origin, '/dev/api/outbox');
    expect(outbox.status).toBe(200);
    const { items } = JSON.parse(outbox.text) as { items: Array<Record<string, unknown>> };
    expect(items.map((item) => item.openid)).toEqual(['demo-member', 'demo-worker']);
    expect(items[0]).toMatchObject({ template: 'memberRejected', who: '已入会会员', data: { reason: '材料不全' } });
    expect(items[1].at).toBeLessThanOrEqual(clock.now());
    await host.composition.ports.store.removeWhere(Outbox, {});
  });

  it('explains how to build when dist/h5 is missing', async () => {
    await rm(path.join(host.h5Dir, 'index.html'));
    const page = await get(host.origin, '/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build:h5');
  });

  it('refuses writes outside /api', async () => {
    const response = await fetch(`${host.origin}/dev/sign-in`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
