// One TypeScript program of ours (the local host, a benchmark) as one CommonJS file for this Node:
// packages stay `require`s (better-sqlite3 is native; they resolve from node_modules), `@core/*` comes
// from tsconfig. Shared by scripts/start.mjs and bench/run-bundled.mjs so both bundle alike.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` relative to the repository root; `extra` esbuild options (e.g. `{ sourcemap: true }`). */
export const bundleForNode = (entry, outfile, extra = {}) =>
  build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    ...extra,
  });
