import type * as NodeSdk from '@cloudbase/node-sdk';
import { z } from 'zod';
import { defineContract } from '@core/contract';
import type { CloudbaseApp, CloudbaseSdk } from '../cloudbase.app';
import { documentsReply, recordingDatabase } from './recording-database';
import { recordingLogger } from '../../../ports/__test__/recording-logger';
import { signedIn, staffWith } from '../../../runtime/access';
import { defineAction, ok } from '../../../runtime/action';
import type { ActionRegistry } from '../../../runtime/router';
import { cloudbaseMain } from '../../../composition/cloudbase.composition';

/** The adapters' view of node-sdk must accept the real SDK: checked by the compiler, erased at runtime. */
type Accepts<Expected, Actual extends Expected> = Actual;
export type RealAppFits = Accepts<CloudbaseApp, NodeSdk.CloudBase>;
export type RealSdkFits = Accepts<CloudbaseSdk, typeof NodeSdk>;

/**
 * node-sdk faked at the module boundary (it is the port boundary here): the composition requires it
 * lazily, and the real one would crash this process on its credential check.
 */
const mockSdk = {
  init: jest.fn(),
  openid: 'o-real' as string | undefined,
  database: recordingDatabase(),
};
jest.mock('@cloudbase/node-sdk', () => ({
  SYMBOL_CURRENT_ENV: Symbol.for('tcb.current-env'),
  init: (config: unknown) => mockSdk.init(config),
}));

const fakeApp = (): CloudbaseApp => ({
  database: () => mockSdk.database.db,
  auth: () => ({ getUserInfo: () => ({ openId: mockSdk.openid ?? '' }) }),
  uploadFile: async () => ({ fileID: 'cloud://x' }),
  getTempFileURL: async () => ({ fileList: [] }),
  deleteFile: async () => ({ fileList: [] }),
  callWxOpenApi: async () => ({ result: { errcode: 0 } }),
});

const outputOfCaller = z.object({ openid: z.string(), covers: z.boolean() });
const actions = {
  whoAmI: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({}), output: outputOfCaller, errors: [] }),
    access: signedIn,
    run: async (_input, { caller }) => ok({ openid: caller.openid, covers: false }),
  }),
  adminOnly: defineAction({
    contract: defineContract({ kind: 'query', input: z.object({}), output: outputOfCaller, errors: [] }),
    access: staffWith('admin'),
    run: async (_input, { caller }) => ok({ openid: caller.openid, covers: caller.scope?.covers('/root/a/') ?? false }),
  }),
} as unknown as ActionRegistry;

const dataKey = 'ab'.repeat(32);

beforeEach(() => {
  mockSdk.init.mockReset();
  mockSdk.init.mockImplementation(fakeApp);
  mockSdk.openid = 'o-real';
  mockSdk.database = recordingDatabase();
});

describe('cloudbaseMain', () => {
  it('takes the caller from the SDK user info (WX_OPENID), never from anything in the event', async () => {
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey }, logger: recordingLogger().logger });
    const spoofing = { action: 'whoAmI', data: { openid: 'o-spoof' }, openid: 'o-spoof', userInfo: { openId: 'o-spoof' }, OPENID: 'o-spoof' };
    expect(await main(spoofing, { OPENID: 'o-spoof' })).toEqual({ ok: true, data: { openid: 'o-real', covers: false } });
  });

  it('answers AUTH.NO_IDENTITY when CloudBase names no caller', async () => {
    mockSdk.openid = undefined;
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey }, logger: recordingLogger().logger });
    expect(await main({ action: 'whoAmI', openid: 'o-spoof' }, {})).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } });
  });

  it('starts the SDK once per warm container, on the first call, and reads the caller on every call', async () => {
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey }, logger: recordingLogger().logger });
    expect(mockSdk.init).not.toHaveBeenCalled();
    await main({ action: 'whoAmI' }, {});
    mockSdk.openid = 'o-second';
    expect(await main({ action: 'whoAmI' }, {})).toMatchObject({ data: { openid: 'o-second' } });
    expect(mockSdk.init).toHaveBeenCalledTimes(1);
    expect(mockSdk.init).toHaveBeenCalledWith({ env: Symbol.for('tcb.current-env') });
  });

  it('answers INTERNAL to every call without NUANXIN_DATA_KEY, logs why, and never starts the SDK', async () => {
    const { logger, lines } = recordingLogger();
    const main = cloudbaseMain('member', actions, { env: {}, logger });
    for (let i = 0; i < 2; i += 1) {
      expect(await main({ action: 'whoAmI' }, {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    }
    expect(mockSdk.init).not.toHaveBeenCalled();
    expect(lines.map(([level, message]) => [level, message.split(':')[0]])).toEqual([
      ['error', 'NUANXIN_DATA_KEY is not set'],
      ['error', 'NUANXIN_DATA_KEY is not set'],
    ]);
  });

  it('answers INTERNAL for a malformed data key, logging the problem but not the key', async () => {
    const { logger, lines } = recordingLogger();
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: 'secret-but-short' }, logger });
    expect(await main({ action: 'whoAmI' }, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(mockSdk.init).not.toHaveBeenCalled();
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('secret-but-short');
  });

  it('makes NUANXIN_ADMIN_OPENIDS admins of the whole tree, reading staff grants through the CloudBase store', async () => {
    mockSdk.database.reply('database.getDocument', documentsReply());
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey, NUANXIN_ADMIN_OPENIDS: ' o-other , o-real,' }, logger: recordingLogger().logger });
    expect(await main({ action: 'adminOnly' }, {})).toEqual({ ok: true, data: { openid: 'o-real', covers: true } });
    expect(mockSdk.database.requests('database.getDocument')).toEqual([
      expect.objectContaining({ collectionName: 'staff', query: { openid: 'o-real' } }),
    ]);
  });

  it('refuses staff actions to callers who are neither bootstrap admins nor granted', async () => {
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey, NUANXIN_ADMIN_OPENIDS: 'o-other' }, logger: recordingLogger().logger });
    expect(await main({ action: 'adminOnly' }, {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('answers INTERNAL, and logs, when the SDK cannot start', async () => {
    mockSdk.init.mockImplementation(() => {
      throw new Error('INVALID_PARAM: missing secretId or secretKey');
    });
    const { logger, lines } = recordingLogger();
    const main = cloudbaseMain('member', actions, { env: { NUANXIN_DATA_KEY: dataKey }, logger });
    expect(await main({ action: 'whoAmI' }, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(lines).toEqual([['error', 'function could not serve the call', { fn: 'member', error: 'Error: INVALID_PARAM: missing secretId or secretKey' }]]);
  });
});
