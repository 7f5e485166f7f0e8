// `npm run bench:member`: bundles bench/member/member.bench.ts like the local host (esbuild, packages
// external, `@core/*` from tsconfig) and runs it; it prints one JSON line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist', 'bench', `member-${process.pid}.js`);

await build({
  absWorkingDir: root,
  entryPoints: ['bench/member/member.bench.ts'],
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
