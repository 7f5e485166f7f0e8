import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Members } from '../../collections/members.collection';
import { generateDataKey } from '../../pii/pii-cipher';
import { silentLogger } from '../../ports/logger.port';
import { adminOpenidsOf, composeLocal } from '../local.composition';

describe('local composition', () => {
  let parent: string;
  let dataDir: string;
  beforeEach(() => {
    parent = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-compose-'));
    dataDir = path.join(parent, 'nested', '.data');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('creates the data dir, the database, the files folder and a private data key on first start', () => {
    const composition = composeLocal({ dataDir, logger: silentLogger, env: {} });
    composition.close();
    expect(existsSync(path.join(dataDir, 'nuanxin.sqlite'))).toBe(true);
    expect(statSync(path.join(dataDir, 'files')).isDirectory()).toBe(true);
    const keyFile = path.join(dataDir, 'data.key');
    expect(readFileSync(keyFile, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('keeps the key and the data across restarts', async () => {
    const first = composeLocal({ dataDir, logger: silentLogger, env: {} });
    const sealed = first.ports.pii.encrypt('13986012345');
    const hash = first.ports.pii.hash('phone', '13986012345');
    first.close();

    const second = composeLocal({ dataDir, logger: silentLogger, env: {} });
    expect(second.ports.pii.decrypt(sealed)).toBe('13986012345');
    expect(second.ports.pii.hash('phone', '13986012345')).toBe(hash);
    expect(await second.ports.store.count(Members)).toBe(0);
    second.close();
  });

  it('uses NUANXIN_DATA_KEY when set and writes no key file', () => {
    const key = generateDataKey();
    const composition = composeLocal({ dataDir, logger: silentLogger, env: { NUANXIN_DATA_KEY: key } });
    const sealed = composition.ports.pii.encrypt('x');
    composition.close();
    expect(existsSync(path.join(dataDir, 'data.key'))).toBe(false);
    const again = composeLocal({ dataDir, logger: silentLogger, env: { NUANXIN_DATA_KEY: key } });
    expect(again.ports.pii.decrypt(sealed)).toBe('x');
    again.close();
  });

  it('refuses a database whose key file is gone instead of making a new key', () => {
    composeLocal({ dataDir, logger: silentLogger, env: {} }).close();
    rmSync(path.join(dataDir, 'data.key'));
    expect(() => composeLocal({ dataDir, logger: silentLogger, env: {} })).toThrow(/data\.key/);
    expect(existsSync(path.join(dataDir, 'data.key'))).toBe(false);
  });

  it('reads bootstrap admins from NUANXIN_ADMIN_OPENIDS', () => {
    expect([...adminOpenidsOf(' a , b,,c ')]).toEqual(['a', 'b', 'c']);
    expect(adminOpenidsOf(undefined).size).toBe(0);
    const composition = composeLocal({ dataDir, logger: silentLogger, env: { NUANXIN_ADMIN_OPENIDS: 'ops-1,ops-2' } });
    expect([...composition.adminOpenids]).toEqual(['ops-1', 'ops-2']);
    composition.close();
  });
});
