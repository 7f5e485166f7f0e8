import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { privacyNoticeVersion } from '@core/privacy';
import { demoPeople } from '../../cloudfunctions/common/local-host/seed/demo-people';
import { staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import { newDataDir, removeDataDir, removeLocalHostBundle, startLocalHost, type RunningHost } from '../support/local-host';
import { testIdNumber, testPhone } from '../support/id-numbers';

/**
 * The local host as `npm start` runs it: a separate Node process on a fresh data dir, stopped by
 * signal, restarted on the same dir.
 */
const post = async (host: RunningHost, fn: string, event: unknown, openid?: string) => {
  const response = await fetch(`${host.origin}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-dev-openid': openid } : {}) },
    body: JSON.stringify(event),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; data?: any; error?: { code: string } } };
};

/** Every form a value could be written in plain text: as is, as UTF-16 (SQLite's other encoding). */
const plainForms = (value: string) => [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')];

const databaseFiles = (dataDir: string) =>
  ['nuanxin.sqlite', 'nuanxin.sqlite-wal'].map((name) => path.join(dataDir, name)).filter((file) => existsSync(file));

describe('the local host process', () => {
  jest.setTimeout(60_000);
  let dataDir: string | null = null;
  afterAll(() => {
    if (dataDir) removeDataDir(dataDir);
    removeLocalHostBundle();
  });

  it('seeds a fresh data dir, keeps ID numbers and phones out of the files, stops cleanly and keeps its data on restart', async () => {
    const first = await startLocalHost();
    dataDir = first.dataDir;
    expect(first.output()).toContain('已写入演示数据');
    expect(first.output()).toMatch(/暖新本地服务已启动: http:\/\/127\.0\.0\.1:\d+\/dev\/sign-in/);

    const joiner = { idNumber: testIdNumber(901), phone: testPhone(901) };
    const joined = await post(
      first,
      'member',
      {
        action: 'join',
        data: {
          name: '王小勇',
          ...joiner,
          occupation: 'rider',
          workArea: '青山区长青街道',
          unionId: staffUnionId,
          consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
        },
      },
      'demo-worker',
    );
    expect(joined.status).toBe(200);
    expect((await post(first, 'member', { action: 'me' })).status).toBe(401);

    // While it runs, recent writes sit in the WAL file: read both.
    const secrets = [...demoPeople.flatMap((person) => [person.idNumber, person.phone]), joiner.idNumber, joiner.phone];
    const checkBytes = () => {
      const files = databaseFiles(first.dataDir);
      expect(files.length).toBeGreaterThan(0);
      // The check itself works: the worker's name, stored in clear by design, is found.
      expect(files.some((file) => readFileSync(file).includes(Buffer.from('王小勇', 'utf8')))).toBe(true);
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of secrets) {
          for (const form of plainForms(secret)) expect({ file: path.basename(file), secret, found: bytes.includes(form) }).toMatchObject({ found: false });
        }
      }
    };
    expect(existsSync(path.join(first.dataDir, 'nuanxin.sqlite-wal'))).toBe(true);
    checkBytes();

    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.output()).toContain('暖新本地服务已停止');
    checkBytes();
    expect(first.output()).not.toContain(joiner.idNumber);
    expect(first.output()).not.toContain(joiner.phone);

    const second = await startLocalHost({ dataDir: first.dataDir });
    try {
      expect(second.output()).not.toContain('已写入演示数据');
      const me = await post(second, 'member', { action: 'me' }, 'demo-worker');
      expect(me.body.data.member).toMatchObject({ status: 'pending', name: '王小勇' });
      const queue = await post(second, 'member', { action: 'applications', data: {} }, 'demo-staff');
      expect(queue.body.data.items.map((item: { id: string }) => item.id)).toContain('demo-worker');
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
  });

  it('exits with a clear message when the port is taken', async () => {
    const first = await startLocalHost();
    const secondDir = newDataDir();
    try {
      const port = new URL(first.origin).port;
      await expect(startLocalHost({ dataDir: secondDir, env: { PORT: port } })).rejects.toThrow(/端口 \d+ 已被占用/);
    } finally {
      expect(await first.stop()).toBe(0);
      removeDataDir(first.dataDir);
      removeDataDir(secondDir);
    }
  });
});
