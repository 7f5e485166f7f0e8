import type { CloudbaseApp } from '../cloudbase.app';
import { recordingDatabase } from './recording-database';
import { recordingLogger } from '../../../ports/__test__/recording-logger';
import type { ActionRegistry } from '../../../runtime/router';
import { cloudbaseMain, type TimerJob } from '../../../composition/cloudbase.composition';

/** node-sdk faked at the module boundary, as in cloudbase.composition.test.ts. */
const mockSdk = { openid: '' as string };
jest.mock('@cloudbase/node-sdk', () => ({
  SYMBOL_CURRENT_ENV: Symbol.for('tcb.current-env'),
  init: (): CloudbaseApp => ({
    database: () => recordingDatabase().db,
    auth: () => ({ getUserInfo: () => ({ openId: mockSdk.openid }) }),
    uploadFile: async () => ({ fileID: 'cloud://x' }),
    getTempFileURL: async () => ({ fileList: [] }),
    deleteFile: async () => ({ fileList: [] }),
    callWxOpenApi: async () => ({ result: { errcode: 0 } }),
  }),
}));

const env = { NUANXIN_DATA_KEY: 'cd'.repeat(32) };
const { logger, lines } = recordingLogger();
/** CloudBase's timer trigger event (docs.cloudbase.net: 定时触发器). */
const trigger = (name: string) => ({ Type: 'Timer', TriggerName: name, Time: '2026-12-02T18:00:00Z', Message: '' });

describe('cloudbaseMain timers', () => {
  let ran: number;
  const sweep: TimerJob = async (ports) => {
    ran += 1;
    return { at: ports.clock.now() > 0 };
  };
  beforeEach(() => {
    ran = 0;
    mockSdk.openid = '';
    lines.length = 0;
  });

  it('runs the job its timer trigger names, with the function’s ports', async () => {
    const main = cloudbaseMain('health', {} as ActionRegistry, { env, logger, timers: { healthSweep: sweep } });
    expect(await main(trigger('healthSweep'), {})).toEqual({ ok: true, data: { at: true } });
    expect(ran).toBe(1);
  });

  it('refuses a "trigger" sent by a signed-in caller: the app cannot start a sweep', async () => {
    mockSdk.openid = 'o-worker';
    const main = cloudbaseMain('health', {} as ActionRegistry, { env, logger, timers: { healthSweep: sweep } });
    expect(await main(trigger('healthSweep'), {})).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } });
    expect(ran).toBe(0);
  });

  it('refuses an unknown trigger and one inherited from Object', async () => {
    const main = cloudbaseMain('health', {} as ActionRegistry, { env, logger, timers: { healthSweep: sweep } });
    expect(await main(trigger('otherSweep'), {})).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } });
    expect(await main(trigger('toString'), {})).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } });
    expect(ran).toBe(0);
  });

  it('answers INTERNAL and logs when the job fails', async () => {
    const failing: TimerJob = async () => {
      throw new Error('store down');
    };
    const main = cloudbaseMain('health', {} as ActionRegistry, { env, logger, timers: { healthSweep: failing } });
    expect(await main(trigger('healthSweep'), {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(lines).toEqual([['error', 'timer job failed', { fn: 'health', timer: 'healthSweep', error: 'Error: store down' }]]);
  });
});
