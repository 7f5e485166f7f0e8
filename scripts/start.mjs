#!/usr/bin/env node
/**
 * `npm start`: build the H5 app if it is missing or older than its sources, bundle the local host,
 * run it, and pass Ctrl-C / SIGTERM on so it stops cleanly (closing the database).
 *
 *   node scripts/start.mjs                  build H5 if stale, bundle, run
 *   node scripts/start.mjs --no-build       skip the H5 check (API and dev pages still work)
 *   node scripts/start.mjs --bundle-only [--outfile=dist/host/main.js]
 *                                           only bundle (test/support/local-host.ts uses this)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stop } from 'esbuild';
import { bundleForNode } from './bundle-for-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

/** What the H5 build reads; a change in any of them means dist/h5 is stale. */
const h5Inputs = ['src', 'config', 'package-lock.json', 'babel.config.js'];

const newestMtime = (target) => {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
};

const h5IsStale = () => {
  const index = path.join(root, 'dist/h5/index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return h5Inputs.some((input) => newestMtime(path.join(root, input)) > builtAt);
};

const buildH5IfStale = () => {
  if (!h5IsStale()) return;
  console.log('正在构建网页版（约半分钟）… / building the H5 app…');
  const result = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('网页版构建失败，请看上面的错误。 (npm run build:h5 failed)');
    process.exit(result.status ?? 1);
  }
};

/** The host as one CommonJS file, with a source map for its stack traces. */
export const bundleHost = async (outfile) => {
  await bundleForNode('cloudfunctions/common/local-host/main.ts', outfile, { sourcemap: true });
};

const run = (outfile) => {
  const child = spawn(process.execPath, ['--enable-source-maps', outfile], { cwd: root, stdio: 'inherit', env: process.env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

const outfile = path.resolve(root, option('outfile') ?? 'dist/host/main.js');
if (!flag('bundle-only') && !flag('no-build')) buildH5IfStale();
await bundleHost(outfile);
// esbuild keeps a service process for further builds; there are none, so let it go.
await stop();
if (!flag('bundle-only')) run(outfile);
