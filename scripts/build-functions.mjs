#!/usr/bin/env node
/**
 * `npm run build:functions`: one self-contained bundle per cloud function, ready for `tcb fn deploy`.
 *
 * Every folder under cloudfunctions/ (except common/) with an index.ts becomes
 * dist/cloudfunctions/<fn>/ holding index.js (esbuild: node16, CommonJS, minified, `@core/*` from
 * tsconfig paths, @cloudbase/node-sdk and zod bundled in, so the function needs no npm install),
 * package.json (no dependencies) and config.json (timeout, memory, WeChat open-API permissions).
 *
 * The build fails when a bundle pulls in anything local-only: better-sqlite3, the SQLite and local
 * adapters, the local host or its composition — and when the dev identity header (x-dev-openid) shows
 * up in the output. Those accept an identity from the request, which production must never do.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = 'cloudfunctions';
const outRoot = path.join('dist', 'cloudfunctions');

/** Defaults for functions without an entry in cloudbaserc.json (which is where timeout and memory live). */
const defaults = { timeout: 10, memorySize: 256 };

/**
 * WeChat open APIs each function may call (config.json `permissions.openapi`): subscribe messages for
 * all that notify; drive QR codes for `drive`; none for read-only reporting.
 */
const openapiOf = (fn) =>
  ({
    drive: ['subscribeMessage.send', 'wxacode.getUnlimited'],
    directory: [],
    stats: [],
  })[fn] ?? ['subscribeMessage.send'];

/** Inputs a production bundle must never contain, and why. Paths as esbuild's metafile reports them. */
const forbiddenInputs = [
  [/(^|\/)node_modules\/better-sqlite3\//, 'better-sqlite3 (the local SQLite engine)'],
  [/^cloudfunctions\/common\/adapters\/(sqlite|local)\//, 'a local-only adapter'],
  [/^cloudfunctions\/common\/local-host\//, 'the local host'],
  [/^cloudfunctions\/common\/composition\/local\.composition\.ts$/, 'the local composition'],
];
const forbiddenText = ['x-dev-openid'];

/** Fails at resolve time, with the importer named, rather than bundling a native module. */
const refuseLocalOnly = {
  name: 'refuse-local-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^better-sqlite3$/ }, (args) => ({
      errors: [{ text: `better-sqlite3 is local-only and must not be bundled (imported by ${path.relative(root, args.importer)})` }],
    }));
  },
};

const readJson = (file, fallback) => (existsSync(path.join(root, file)) ? JSON.parse(readFileSync(path.join(root, file), 'utf8')) : fallback);

export const functionNames = () =>
  readdirSync(path.join(root, sourceRoot))
    .filter((name) => name !== 'common' && statSync(path.join(root, sourceRoot, name)).isDirectory())
    .filter((name) => existsSync(path.join(root, sourceRoot, name, 'index.ts')))
    .sort();

const settingsOf = (fn) => {
  const entry = (readJson('cloudbaserc.json', { functions: [] }).functions ?? []).find((candidate) => candidate.name === fn);
  if (!entry) console.warn(`! ${fn}: no entry in cloudbaserc.json, using timeout ${defaults.timeout}s and ${defaults.memorySize} MB`);
  // Timer triggers travel in config.json too, where WeChat devtools' upload reads them.
  return { timeout: entry?.timeout ?? defaults.timeout, memorySize: entry?.memorySize ?? defaults.memorySize, triggers: entry?.triggers };
};

/** Bundles one function and checks what went in; throws when anything local-only did. */
const bundle = async (fn, outfile) => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(sourceRoot, fn, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    metafile: true,
    // Errors come back in the thrown error's message, printed once by main().
    logLevel: 'silent',
    plugins: [refuseLocalOnly],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const problems = [];
  for (const input of inputs) {
    for (const [pattern, what] of forbiddenInputs) if (pattern.test(input)) problems.push(`pulls in ${what}: ${input}`);
  }
  const code = readFileSync(path.join(root, outfile), 'utf8');
  for (const text of forbiddenText) if (code.includes(text)) problems.push(`contains "${text}"`);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { bytes: Buffer.byteLength(code), inputs: inputs.length };
};

const buildOne = async (fn, version) => {
  const outDir = path.join(outRoot, fn);
  mkdirSync(path.join(root, outDir), { recursive: true });
  const outfile = path.join(outDir, 'index.js');
  let bundled;
  try {
    bundled = await bundle(fn, outfile);
  } catch (error) {
    // Nothing half-built is left for a deploy to pick up.
    rmSync(path.join(root, outDir), { recursive: true, force: true });
    throw new Error(`${fn}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const settings = settingsOf(fn);
  writeFileSync(
    path.join(root, outDir, 'package.json'),
    `${JSON.stringify({ name: `nuanxin-${fn}`, version, private: true, main: 'index.js', description: `暖新 cloud function ${fn} (bundled; no dependencies)` }, null, 2)}\n`,
  );
  writeFileSync(
    path.join(root, outDir, 'config.json'),
    `${JSON.stringify({ timeout: settings.timeout, memorySize: settings.memorySize, permissions: { openapi: openapiOf(fn) }, ...(settings.triggers ? { triggers: settings.triggers } : {}) }, null, 2)}\n`,
  );
  return { fn, outfile, kb: bundled.bytes / 1024, inputs: bundled.inputs };
};

const main = async () => {
  const names = functionNames();
  if (names.length === 0) {
    console.error(`没有可构建的云函数 (no function folder with an index.ts under ${sourceRoot}/)`);
    process.exit(1);
  }
  const { version } = readJson('package.json', { version: '0.0.0' });
  // A function removed from the source must not linger in dist and get deployed again.
  rmSync(path.join(root, outRoot), { recursive: true, force: true });
  let failed = false;
  for (const fn of names) {
    try {
      const built = await buildOne(fn, version);
      console.log(`✓ ${fn.padEnd(10)} ${built.outfile}  ${built.kb.toFixed(1)} KB  (${built.inputs} modules, node16 cjs minified)`);
    } catch (error) {
      failed = true;
      console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed) process.exit(1);
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
