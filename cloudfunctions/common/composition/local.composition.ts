import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalEntryCodes } from '../adapters/local/local.entry-codes';
import { createLocalFiles } from '../adapters/local/local.files';
import { createOutboxNotifier } from '../adapters/local/outbox.notifier';
import { openSqliteStore, type SqliteStore } from '../adapters/sqlite/sqlite.store';
import { allCollections } from '../collections';
import { SeedMarks } from '../local-host/seed/seed-marks.collection';
import { createPiiCipher, generateDataKey, parseDataKey } from '../pii/pii-cipher';
import { systemClock, type Clock } from '../ports/clock.port';
import { consoleLogger, silentLogger, type Logger } from '../ports/logger.port';
import type { CollectionDef, Doc } from '../ports/store.port';
import type { Ports } from '../runtime/ports';

/**
 * The one place the local adapters are chosen (DESIGN.md "Layers"): SQLite for the store, a folder
 * for files, the outbox collection for notifications. The local host and every integration test
 * compose here; production composes in cloudbase.composition.ts.
 */
export interface LocalComposition {
  ports: Ports;
  adminOpenids: ReadonlySet<string>;
  /** Where `/files/…` URLs are served from. */
  filesDir: string;
  /** The SQLite handle, for tests that look under the port (checkpoints, raw bytes). */
  store: SqliteStore;
  close(): void;
}

/** Where QR codes point when the host has not said where it listens (tests, the default port). */
const defaultOrigin = () => 'http://127.0.0.1:8080';

/** The seed's progress marks live only in the local database, never in CloudBase. */
const localCollections: readonly CollectionDef<Doc>[] = [...allCollections, SeedMarks as unknown as CollectionDef<Doc>];

/** The settings read here: NUANXIN_DATA_KEY, NUANXIN_ADMIN_OPENIDS. */
export type LocalEnv = Readonly<Record<string, string | undefined>>;

/** `NUANXIN_ADMIN_OPENIDS=a,b` → {a, b}: bootstrap admins of the whole union tree. */
export const adminOpenidsOf = (value: string | undefined): ReadonlySet<string> =>
  new Set((value ?? '').split(',').map((openid) => openid.trim()).filter(Boolean));

/**
 * The data key: `NUANXIN_DATA_KEY` if set, else `<dataDir>/data.key`, created (0600) on first start.
 * A database without its key file is refused rather than given a new key, which would make every
 * stored ID number and phone undecryptable and every duplicate check miss.
 */
const loadDataKey = (dataDir: string, databaseFile: string, env: LocalEnv): Buffer => {
  if (env.NUANXIN_DATA_KEY) return parseDataKey(env.NUANXIN_DATA_KEY);
  const keyFile = path.join(dataDir, 'data.key');
  if (existsSync(keyFile)) return parseDataKey(readFileSync(keyFile, 'utf8'));
  if (existsSync(databaseFile)) {
    throw new Error(
      `数据目录 ${dataDir} 里有数据库但没有 data.key：请放回原来的密钥文件或设置 NUANXIN_DATA_KEY，或者删除整个目录重新开始。` +
        ` (${dataDir} holds a database but no data.key: restore the key or NUANXIN_DATA_KEY, or delete the directory.)`,
    );
  }
  writeFileSync(keyFile, `${generateDataKey()}\n`, { mode: 0o600, flag: 'wx' });
  return parseDataKey(readFileSync(keyFile, 'utf8'));
};

const composeWith = (options: {
  databaseFile: string;
  dataKey: Buffer;
  filesDir: string;
  clock: Clock;
  logger: Logger;
  adminOpenids: ReadonlySet<string>;
  publicOrigin?: () => string;
  onClose?: () => void;
}): LocalComposition => {
  const store = openSqliteStore({ file: options.databaseFile, collections: localCollections });
  const ports: Ports = {
    store,
    files: createLocalFiles({ root: options.filesDir }),
    notifier: createOutboxNotifier(store, options.clock),
    clock: options.clock,
    logger: options.logger,
    pii: createPiiCipher(options.dataKey),
    codes: createLocalEntryCodes({ origin: options.publicOrigin ?? defaultOrigin }),
  };
  let closed = false;
  return {
    ports,
    adminOpenids: options.adminOpenids,
    filesDir: options.filesDir,
    store,
    close: () => {
      if (closed) return;
      closed = true;
      store.close();
      options.onClose?.();
    },
  };
};

/** The local host's composition over a data dir (created if missing); restarting reuses everything in it. */
export const composeLocal = (options: {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  env?: LocalEnv;
  /** The host's own origin once it listens: what drive QR codes link to. */
  publicOrigin?: () => string;
}): LocalComposition => {
  const env = options.env ?? process.env;
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const databaseFile = path.join(dataDir, 'nuanxin.sqlite');
  const dataKey = loadDataKey(dataDir, databaseFile, env);
  const filesDir = path.join(dataDir, 'files');
  mkdirSync(filesDir, { recursive: true });
  return composeWith({
    databaseFile,
    dataKey,
    filesDir,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? consoleLogger,
    adminOpenids: adminOpenidsOf(env.NUANXIN_ADMIN_OPENIDS),
    publicOrigin: options.publicOrigin,
  });
};

/**
 * For integration tests: an in-memory database, a random data key and a temporary files folder
 * (removed on close). Tests swap the clock, never the database (STYLE.md rule 5).
 */
export const composeInMemory = (options: { clock?: Clock; logger?: Logger; adminOpenids?: Iterable<string> } = {}): LocalComposition => {
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-files-'));
  return composeWith({
    databaseFile: ':memory:',
    dataKey: randomBytes(32),
    filesDir,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger,
    adminOpenids: new Set(options.adminOpenids ?? []),
    onClose: () => rmSync(filesDir, { recursive: true, force: true }),
  });
};
