import { recordingLogger } from '../../../ports/__test__/recording-logger';
import type { NotificationTemplate } from '../../../ports/notifier.port';
import { createCloudbaseNotifier, keywordDataOf, subscribeMessageApiName } from '../cloudbase.notifier';
import type { SubscribeTemplate } from '../cloudbase.template-ids';

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

const plainId = (id: string): SubscribeTemplate => ({ id, fields: null });

const reminder = { plan: '长青骑手冬季免费体检', time: '12月3日 08:00-08:30', place: '流动体检车·长青站点', note: '明天需要空腹，请带身份证' };

/** 入会审核结果: a template as chosen in the console, its keywords mapped from our keys. */
const approvedTemplate: SubscribeTemplate = {
  id: 'Xq3vB7kT2mN9pLw4sYd6fHcJ8rE1aZuG0oIiKbVnM5Q',
  fields: { union: 'thing1', memberNo: 'character_string2', result: 'thing3' },
};

describe('cloudbase notifier (WeChat subscribe messages)', () => {
  it('sends the subscribe message body through the open-API gateway, our keys mapped to the template keywords', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    await createCloudbaseNotifier(app, { templates: { memberApproved: approvedTemplate }, logger }).notify(
      'o-worker',
      'memberApproved',
      { union: '青山区快递物流行业联合工会委员会（长青站点）', memberNo: 'NX2026000042', result: '入会申请已通过' },
      'packages/join/status',
    );
    expect(calls).toEqual([
      {
        apiName: subscribeMessageApiName,
        requestData: {
          touser: 'o-worker',
          template_id: 'Xq3vB7kT2mN9pLw4sYd6fHcJ8rE1aZuG0oIiKbVnM5Q',
          page: 'packages/join/status',
          data: {
            thing1: { value: '青山区快递物流行业联合工会委员会（长青…' },
            character_string2: { value: 'NX2026000042' },
            thing3: { value: '入会申请已通过' },
          },
          miniprogram_state: 'formal',
          lang: 'zh_CN',
        },
      },
    ]);
    expect(lines).toEqual([]);
  });

  it('sends a plain-id template our keys unchanged, as before fields existed', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    await createCloudbaseNotifier(app, { templates: { healthReminder: plainId('TPL-1') }, logger }).notify('o-worker', 'healthReminder', reminder, 'p');
    expect(calls).toEqual([
      expect.objectContaining({
        requestData: expect.objectContaining({
          template_id: 'TPL-1',
          data: { plan: { value: reminder.plan }, time: { value: reminder.time }, place: { value: reminder.place }, note: { value: reminder.note } },
        }),
      }),
    ]);
    expect(lines).toEqual([]);
  });

  it('leaves out keys the template has no keyword for and values no keyword can hold, logging their names once, never a value', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    const templates = { phoneConflictResolved: { id: 'T', fields: { phone: 'phone_number1', result: 'phrase2' } } };
    await createCloudbaseNotifier(app, { templates, logger }).notify(
      'o-secret',
      'phoneConflictResolved',
      { phone: '138****5678', reason: '张三提供了营业厅的实名证明', result: '号码核实为他人所有' },
      'packages/member/phone',
    );
    expect(calls).toEqual([expect.objectContaining({ requestData: expect.objectContaining({ data: { phone_number1: { value: '138****5678' } } }) })]);
    expect(lines).toEqual([['info', 'subscribe message sent without some data', { template: 'phoneConflictResolved', dropped: ['reason'], unfit: ['result'] }]]);
    expect(JSON.stringify(lines)).not.toMatch(/o-secret|5678|张三|号码/);
  });

  it('fits each value to its keyword type on the way out', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const templates = { healthReminder: { id: 'T', fields: { plan: 'thing1', time: 'time2', place: 'thing3', note: 'thing4' } } };
    await createCloudbaseNotifier(app, { templates, logger: recordingLogger().logger }).notify(
      'o',
      'healthReminder',
      { ...reminder, place: '流动体检车·长青站点（青山区长青路128号站点门口）' },
      'p',
    );
    expect(calls).toEqual([
      expect.objectContaining({
        requestData: expect.objectContaining({
          data: {
            thing1: { value: '长青骑手冬季免费体检' },
            time2: { value: '12月3日 08:00~08:30' },
            thing3: { value: '流动体检车·长青站点（青山区长青路12…' },
            thing4: { value: '明天需要空腹，请带身份证' },
          },
        }),
      }),
    ]);
  });

  it('skips a template with no configured id, logging the name only, never throwing', async () => {
    const { app, calls } = fakeOpenApi(ok);
    const { logger, lines } = recordingLogger();
    const rejected = { union: '长青站点工会', reason: '材料不全', result: '入会申请未通过' };
    await expect(createCloudbaseNotifier(app, { templates: {}, logger }).notify('o-worker', 'memberRejected', rejected, 'p')).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(lines).toEqual([['error', 'subscribe message skipped: no template id configured', { template: 'memberRejected' }]]);
  });

  // The type admits only listed names; the map still must not answer for a name it does not hold.
  it('does not take inherited names as template ids', async () => {
    const { app, calls } = fakeOpenApi(ok);
    await createCloudbaseNotifier(app, { templates: {}, logger: recordingLogger().logger }).notify('o', 'toString' as NotificationTemplate, reminder as never, 'p');
    expect(calls).toEqual([]);
  });

  it('logs a worker who has not subscribed (43101) as info and a refusal as an error, with no openid or data', async () => {
    const { logger, lines } = recordingLogger();
    const notSubscribed = fakeOpenApi(async () => ({ result: { errcode: 43101, errmsg: 'user refuse to accept the msg' } }));
    const refused = fakeOpenApi(async () => ({ result: { errcode: 47003, errmsg: 'argument invalid! data.thing1.value' } }));
    const templates = { healthReminder: plainId('T') };
    await createCloudbaseNotifier(notSubscribed.app, { templates, logger }).notify('o-secret', 'healthReminder', reminder, 'p');
    await createCloudbaseNotifier(refused.app, { templates, logger }).notify('o-secret', 'healthReminder', reminder, 'p');
    expect(lines).toEqual([
      ['info', 'subscribe message not sent: user has not subscribed', { template: 'healthReminder', errcode: 43101 }],
      ['error', 'subscribe message refused', { template: 'healthReminder', errcode: 47003 }],
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/o-secret|长青/);
  });

  it('swallows a failed call (thrown or returned as a value) into the log', async () => {
    const { logger, lines } = recordingLogger();
    const thrown = fakeOpenApi(async () => {
      throw Object.assign(new Error('network down'), { code: 'SYS_ERR' });
    });
    const returned = fakeOpenApi(async () => ({ code: 'INVALID_PARAM', message: 'no permission' }));
    const templates = { healthReminder: plainId('T') };
    await expect(createCloudbaseNotifier(thrown.app, { templates, logger }).notify('o', 'healthReminder', reminder, 'p')).resolves.toBeUndefined();
    await expect(createCloudbaseNotifier(returned.app, { templates, logger }).notify('o', 'healthReminder', reminder, 'p')).resolves.toBeUndefined();
    expect(lines.map(([level, message]) => [level, message])).toEqual([
      ['error', 'subscribe message failed'],
      ['error', 'subscribe message failed'],
    ]);
  });

  it('opens the trial build when told to', async () => {
    const { app, calls } = fakeOpenApi(ok);
    await createCloudbaseNotifier(app, { templates: { healthReminder: plainId('T') }, logger: recordingLogger().logger, miniprogramState: 'trial' }).notify(
      'o',
      'healthReminder',
      reminder,
      'p',
    );
    expect(calls).toEqual([expect.objectContaining({ requestData: expect.objectContaining({ miniprogram_state: 'trial' }) })]);
  });
});

describe('keywordDataOf', () => {
  const data = { caseType: '欠薪', union: '长青站点工会', result: '你的法律援助申请已受理' };

  it('maps each key through fields, in the order sent', () => {
    const template = { id: 'T', fields: { result: 'phrase9', caseType: 'thing1', union: 'thing2' } };
    expect(keywordDataOf(template, { ...data, result: '已受理' })).toEqual({
      keywords: { thing1: { value: '欠薪' }, thing2: { value: '长青站点工会' }, phrase9: { value: '已受理' } },
      dropped: [],
      unfit: [],
    });
  });

  it('drops every key with no keyword, and only those', () => {
    expect(keywordDataOf({ id: 'T', fields: { result: 'thing3' } }, data)).toEqual({
      keywords: { thing3: { value: '你的法律援助申请已受理' } },
      dropped: ['caseType', 'union'],
      unfit: [],
    });
    expect(keywordDataOf({ id: 'T', fields: {} }, data)).toEqual({ keywords: {}, dropped: ['caseType', 'union', 'result'], unfit: [] });
  });

  it('keeps the keys of a plain-id template, fitting only those that are keyword ids', () => {
    expect(keywordDataOf(plainId('T'), { union: 'x'.repeat(30), thing1: 'x'.repeat(30) })).toEqual({
      keywords: { union: { value: 'x'.repeat(30) }, thing1: { value: `${'x'.repeat(19)}…` } },
      dropped: [],
      unfit: [],
    });
  });

  it('reports a value its keyword type cannot hold as unfit, not sent', () => {
    expect(keywordDataOf({ id: 'T', fields: { caseType: 'thing1', result: 'phrase2', union: 'number3' } }, data)).toEqual({
      keywords: { thing1: { value: '欠薪' } },
      dropped: [],
      unfit: ['union', 'result'],
    });
  });

  it('does not read inherited names as mappings', () => {
    expect(keywordDataOf({ id: 'T', fields: {} }, { toString: 'x' })).toEqual({ keywords: {}, dropped: ['toString'], unfit: [] });
  });
});
