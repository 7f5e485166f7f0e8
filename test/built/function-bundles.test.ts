import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The bundles `npm run build:functions` wrote to dist/cloudfunctions: one per function folder, each
 * self-contained, free of everything local-only, and loadable without starting the CloudBase SDK.
 */
const root = path.resolve(__dirname, '..', '..');
const distRoot = path.join(root, 'dist', 'cloudfunctions');

const functionFolders = readdirSync(path.join(root, 'cloudfunctions'))
  .filter((name) => name !== 'common' && statSync(path.join(root, 'cloudfunctions', name)).isDirectory())
  .filter((name) => existsSync(path.join(root, 'cloudfunctions', name, 'index.ts')))
  .sort();

/**
 * Loaded first in the child process: records any DNS lookup or socket and any unhandled rejection
 * (node-sdk's credential check fires one when it starts without CloudBase around), and prints them
 * with what the bundle exported and answered.
 */
const probe = `
const dns = require('node:dns');
const net = require('node:net');
const seen = { network: [], rejections: [] };
const record = (what) => (...args) => { seen.network.push(what + ' ' + String(args[0])); throw new Error('no network in this test'); };
dns.lookup = record('dns.lookup');
dns.promises.lookup = record('dns.promises.lookup');
net.connect = net.createConnection = record('net.connect');
process.on('unhandledRejection', (reason) => seen.rejections.push(String(reason)));
globalThis.__bundleProbe = seen;
`;

const loadInChild = (bundle: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bundle-probe-'));
  try {
    const preload = path.join(dir, 'probe.js');
    writeFileSync(preload, probe);
    const script = `
      const seen = globalThis.__bundleProbe;
      const loaded = require(${JSON.stringify(bundle)});
      Promise.resolve(typeof loaded.main === 'function' ? loaded.main({ action: 'me', data: {} }, {}) : null)
        .then((answer) => setTimeout(() => {
          process.stdout.write(JSON.stringify({ exports: Object.keys(loaded), mainType: typeof loaded.main, answer, ...seen }));
        }, 300));
    `;
    // A bare environment: no NUANXIN_DATA_KEY and no CloudBase credentials, as on a developer machine.
    // (Cast: types/global.d.ts declares NODE_ENV and TARO_ENV as always present, which a bare env is not.)
    const bareEnv = { PATH: process.env.PATH ?? '' } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv;
    const child = spawnSync(process.execPath, ['--require', preload, '-e', script], {
      cwd: dir,
      env: bareEnv,
      encoding: 'utf8',
      timeout: 30000,
    });
    return { status: child.status, stderr: child.stderr, report: child.stdout ? JSON.parse(child.stdout) : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('function bundles (dist/cloudfunctions)', () => {
  it('has at least one function to check', () => {
    expect(functionFolders.length).toBeGreaterThan(0);
  });

  it('has a bundle for every function folder with an index.ts, and none for anything else', () => {
    const built = existsSync(distRoot) ? readdirSync(distRoot).filter((name) => statSync(path.join(distRoot, name)).isDirectory()).sort() : [];
    expect(built).toEqual(functionFolders);
  });

  describe.each(functionFolders)('%s', (fn) => {
    const dir = path.join(distRoot, fn);

    it('holds index.js, a package.json without dependencies and a config.json', () => {
      expect(readdirSync(dir).sort()).toEqual(['config.json', 'index.js', 'package.json']);
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      expect(pkg).toMatchObject({ name: `nuanxin-${fn}`, main: 'index.js' });
      expect(pkg.dependencies).toBeUndefined();
      const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
      // Timer triggers travel with the function (WeChat devtools reads them there), as cloudbaserc.json lists them.
      const triggers = (JSON.parse(readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')).functions as Array<{ name: string; triggers?: unknown[] }>).find((entry) => entry.name === fn)?.triggers;
      expect(config).toEqual({ timeout: expect.any(Number), memorySize: expect.any(Number), permissions: { openapi: expect.any(Array) }, ...(triggers ? { triggers } : {}) });
    });

    it('contains nothing local-only: no better-sqlite3, no dev identity header, no local host', () => {
      const code = readFileSync(path.join(dir, 'index.js'), 'utf8');
      expect(code).not.toContain('better-sqlite3');
      expect(code).not.toContain('x-dev-openid');
      expect(code).not.toContain('local-host');
    });

    it('bundles the CloudBase SDK in (nothing to npm install at deploy time)', () => {
      const code = readFileSync(path.join(dir, 'index.js'), 'utf8');
      expect(code).not.toMatch(/require\(["']@cloudbase\/node-sdk["']\)/);
      expect(code).toContain('tcb-api');
    });

    it('exports main, and without a data key answers INTERNAL without starting the SDK or touching the network', () => {
      const { status, stderr, report } = loadInChild(path.join(dir, 'index.js'));
      expect({ status, stderr: stderr.split('\n').filter((line) => line && !line.includes('NUANXIN_DATA_KEY is not set')) }).toEqual({ status: 0, stderr: [] });
      expect(report).toEqual({
        exports: ['main'],
        mainType: 'function',
        answer: { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
        network: [],
        rejections: [],
      });
    });
  });
});
