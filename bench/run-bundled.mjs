// Shared by the `npm run bench:<name>` runners: a TypeScript benchmark bundled like the local host
// (esbuild, packages external, `@core/*` from tsconfig), run once, its bundle removed; it prints one JSON line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles bench/<name>/<name>.bench.ts, runs it with this Node and exits with its exit code. */
export const runBundledBench = async (name) => {
  const outfile = path.join(root, 'dist', 'bench', `${name}-${process.pid}.js`);
  await build({
    absWorkingDir: root,
    entryPoints: [`bench/${name}/${name}.bench.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
  rmSync(outfile, { force: true });
  process.exit(run.status ?? 1);
};
