import type { Logger } from '../../../ports/logger.port';
import type { NotificationTemplate } from '../../../ports/notifier.port';
import { createCloudbaseNotifier, subscribeMessageApiName, templateIdsFrom } from '../cloudbase.notifier';

const recordingLogger = () => {
  const lines: Array<[string, string, Record<string, unknown> | undefined]> = [];
  const logger: Logger = {
    info: (message, meta) => lines.push(['info', message, meta]),
    error: (message, meta) => lines.push(['error', message, meta]),
  };
  return { logger, lines };
};

const fakeOpenApi = (answer: () => Promise<unknown>) => {
  const calls: unknown[] = [];
  return {
    calls,
    app: {
      callWxOpenApi: async (options: unknown) => {
        calls.push(options);
        return answer();
      },
    },
  };
};

const ok = async () => ({ requestId: 'r', result: { errcode: 0, errmsg: 'ok' } });

describe('cloudbase notifier (WeChat subscribe messages)', () => {
  it('sends the subscribe message body through the open-API gateway, template name mapped to its id', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    await createCloudbaseNotifier(app, { templateIds: { memberApproved: 'TPL-1' }, logger }).notify(
      'o-worker',
      'memberApproved',
      { thing1: '张三', time2: '2026-11-29' },
      'pages/card/index',
    );
    expect(calls).toEqual([
      {
        apiName: subscribeMessageApiName,
        requestData: {
          touser: 'o-worker',
          template_id: 'TPL-1',
          page: 'pages/card/index',
          data: { thing1: { value: '张三' }, time2: { value: '2026-11-29' } },
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        },
      },
    ]);
    expect(lines).toEqual([]);
  });

  it('skips a template with no configured id, logging the name only, never throwing', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    await expect(createCloudbaseNotifier(app, { templateIds: {}, logger }).notify('o-worker', 'memberRejected', { thing1: '材料不全' }, 'p')).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(lines).toEqual([['error', 'subscribe message skipped: no template id configured', { template: 'memberRejected' }]]);
  });

  // The type admits only listed names; the map still must not answer for a name it does not hold.
  it('does not take inherited names as template ids', async () => {
    const { app, calls } = fakeOpenApi(ok);
    await createCloudbaseNotifier(app, { templateIds: {}, logger: recordingLogger().logger }).notify('o', 'toString' as NotificationTemplate, {}, 'p');
    expect(calls).toEqual([]);
  });

  it('logs a worker who has not subscribed (43101) as info and a refusal as an error, with no openid or data', async () => {
    const { logger, lines } = recordingLogger();
    const notSubscribed = fakeOpenApi(async () => ({ result: { errcode: 43101, errmsg: 'user refuse to accept the msg' } }));
    const refused = fakeOpenApi(async () => ({ result: { errcode: 47003, errmsg: 'argument invalid! data.thing1.value' } }));
    await createCloudbaseNotifier(notSubscribed.app, { templateIds: { healthReminder: 'T' }, logger }).notify('o-secret', 'healthReminder', { thing1: '张三' }, 'p');
    await createCloudbaseNotifier(refused.app, { templateIds: { healthReminder: 'T' }, logger }).notify('o-secret', 'healthReminder', { thing1: '张三' }, 'p');
    expect(lines).toEqual([
      ['info', 'subscribe message not sent: user has not subscribed', { template: 'healthReminder', errcode: 43101 }],
      ['error', 'subscribe message refused', { template: 'healthReminder', errcode: 47003 }],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/o-secret|张三/);
  });

  it('swallows a failed call (thrown or returned as a value) into the log', async () => {
    const { logger, lines } = recordingLogger();
    const thrown = fakeOpenApi(async () => {
      throw Object.assign(new Error('network down'), { code: 'SYS_ERR' });
    });
    const returned = fakeOpenApi(async () => ({ code: 'INVALID_PARAM', message: 'no permission' }));
    await expect(createCloudbaseNotifier(thrown.app, { templateIds: { healthReminder: 'T' }, logger }).notify('o', 'healthReminder', {}, 'p')).resolves.toBeUndefined();
    await expect(createCloudbaseNotifier(returned.app, { templateIds: { healthReminder: 'T' }, logger }).notify('o', 'healthReminder', {}, 'p')).resolves.toBeUndefined();
    expect(lines.map(([level, message]) => [level, message])).toEqual([
      ['error', 'subscribe message failed'],
      ['error', 'subscribe message failed'],
    ]);
  });

  it('opens the trial build when told to', async () => {
    const { app, calls } = fakeOpenApi(ok);
    await createCloudbaseNotifier(app, { templateIds: { healthReminder: 'T' }, logger: recordingLogger().logger, miniprogramState: 'trial' }).notify('o', 'healthReminder', {}, 'p');
    expect(calls).toEqual([expect.objectContaining({ requestData: expect.objectContaining({ miniprogram_state: 'trial' }) })]);
  });
});

describe('NUANXIN_TEMPLATE_IDS', () => {
  it('reads a JSON object of template ids, ignoring entries that are not non-empty strings', () => {
    const { logger, lines } = recordingLogger();
    expect(templateIdsFrom('{"memberApproved":"T1","memberRejected":"","x":3}', logger)).toEqual({ memberApproved: 'T1' });
    expect(templateIdsFrom(undefined, logger)).toEqual({});
    expect(lines).toEqual([]);
  });

  it.each(['not json', '["T1"]', 'null', '"T1"'])('logs %s as malformed and reads it as no templates', (text) => {
    const { logger, lines } = recordingLogger();
    expect(templateIdsFrom(text, logger)).toEqual({});
    expect(lines).toHaveLength(1);
  });
});
