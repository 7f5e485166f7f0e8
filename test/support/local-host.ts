import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts the real local host (bundled by scripts/start.mjs, run with node) on a free port and a fresh
 * temp data dir, for tests that cross the process boundary: restarts, signals, the bytes on disk,
 * the browser. Stopped by the pid it started (TOOLCHAIN.md), never by name.
 */
const repoRoot = path.resolve(__dirname, '../..');
let bundled: string | null = null;

/** Bundles once per test process, inside dist/ so `require('better-sqlite3')` resolves from node_modules. */
export const bundleLocalHost = (): string => {
  if (bundled) return bundled;
  const outfile = path.join(repoRoot, 'dist', 'host', `test-${process.pid}`, 'main.js');
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--bundle-only', `--outfile=${outfile}`], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`bundling the local host failed:\n${result.stderr}`);
  bundled = outfile;
  return outfile;
};

export interface RunningHost {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  dataDir: string;
  pid: number;
  /** Everything the host printed so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` and resolves with the exit code (SIGKILL after 10 s, then code null). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  /** Reuse a data dir (a restart); a fresh temp dir by default. */
  dataDir?: string;
  env?: Record<string, string>;
  /** Defaults to the repository's dist/h5. */
  h5Dir?: string;
  startTimeoutMs?: number;
}

export const newDataDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'nuanxin-data-'));

export const removeDataDir = (dataDir: string): void => rmSync(dataDir, { recursive: true, force: true });

export const startLocalHost = (options: StartOptions = {}): Promise<RunningHost> => {
  const main = bundleLocalHost();
  const dataDir = options.dataDir ?? newDataDir();
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    PORT: '0',
    HOST: '127.0.0.1',
    NUANXIN_DATA_DIR: dataDir,
    NUANXIN_H5_DIR: options.h5Dir ?? process.env.NUANXIN_H5_DIR ?? path.join(repoRoot, 'dist', 'h5'),
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', main], { cwd: repoRoot, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise<RunningHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`local host did not start:\n${output}`));
    }, options.startTimeoutMs ?? 15000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /暖新本地服务已启动: (http:\/\/[^/\s]+)\/dev\/sign-in/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        origin: match[1],
        dataDir,
        pid: child.pid!,
        output: () => output,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode !== null) return child.exitCode;
          process.kill(child.pid!, signal);
          const killer = setTimeout(() => child.exitCode === null && process.kill(child.pid!, 'SIGKILL'), 10000);
          const code = await exited;
          clearTimeout(killer);
          return code;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`local host exited with ${code} before it started:\n${output}`));
    });
  });
};

/** Removes this test process's bundle (call from afterAll). */
export const removeLocalHostBundle = (): void => {
  if (!bundled) return;
  rmSync(path.dirname(bundled), { recursive: true, force: true });
  bundled = null;
};
