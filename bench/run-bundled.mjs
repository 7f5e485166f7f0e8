// Shared by the `npm run bench:<name>` runners: a TypeScript benchmark bundled like the local host
// (scripts/bundle-for-node.mjs), run once, its bundle removed; it prints one JSON line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles bench/<name>/<name>.bench.ts, runs it with this Node and exits with its exit code. */
export const runBundledBench = async (name) => {
  const outfile = path.join(root, 'dist', 'bench', `${name}-${process.pid}.js`);
  await bundleForNode(`bench/${name}/${name}.bench.ts`, outfile);
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
  rmSync(outfile, { force: true });
  process.exit(run.status ?? 1);
};
