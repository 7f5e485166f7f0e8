import { recordingLogger } from '../../../ports/__test__/recording-logger';
import { subscribeTemplatesFrom } from '../cloudbase.template-ids';

const read = (value: unknown) => {
  const { logger, lines } = recordingLogger();
  return { templates: subscribeTemplatesFrom(typeof value === 'string' ? value : JSON.stringify(value), logger), lines };
};

describe('NUANXIN_TEMPLATE_IDS', () => {
  it('reads plain ids as templates whose keys are sent unchanged', () => {
    expect(read({ memberApproved: 'T1', memberRejected: 'T2' })).toEqual({
      templates: { memberApproved: { id: 'T1', fields: null }, memberRejected: { id: 'T2', fields: null } },
      lines: [],
    });
  });

  it('reads the object form: the id and which keyword each data key fills', () => {
    const memberApproved = { id: 'Xq3vB7kT2mN9pLw4sYd6fHcJ8rE1aZuG0oIiKbVnM5Q', fields: { union: 'thing1', memberNo: 'character_string2', result: 'thing3' } };
    expect(read({ memberApproved })).toEqual({ templates: { memberApproved }, lines: [] });
    expect(read({ memberApproved: { id: 'T1' } }).templates).toEqual({ memberApproved: { id: 'T1', fields: null } });
  });

  it('reads both forms side by side', () => {
    expect(read({ memberApproved: 'T1', healthReminder: { id: 'T2', fields: { time: 'time1', place: 'thing2' } } }).templates).toEqual({
      memberApproved: { id: 'T1', fields: null },
      healthReminder: { id: 'T2', fields: { time: 'time1', place: 'thing2' } },
    });
  });

  it('reads nothing from an unset or empty setting, and skips an empty id quietly (not chosen yet)', () => {
    expect(read('')).toEqual({ templates: {}, lines: [] });
    expect(subscribeTemplatesFrom(undefined, recordingLogger().logger)).toEqual({});
    expect(read({ memberApproved: 'T1', memberRejected: '' })).toEqual({ templates: { memberApproved: { id: 'T1', fields: null } }, lines: [] });
  });

  it.each(['not json', '["T1"]', 'null', '"T1"', '{"memberApproved":"T1"'])('logs %s as malformed and reads it as no templates', (text) => {
    const { templates, lines } = read(text);
    expect(templates).toEqual({});
    expect(lines).toEqual([['error', expect.stringContaining('not a JSON object'), undefined]]);
  });

  it('skips a malformed entry or an unknown name, keeping the rest, and logs their names once', () => {
    const { templates, lines } = read({
      memberApproved: 'T1',
      memberRejected: 3,
      memberMoved: { id: '' },
      transferAccepted: { id: 'T4', fields: { union: 'Thing 1' } },
      transferRefused: { id: 'T5', fields: { union: 'thing1', reason: 'thing1' } },
      transferRequested: { id: 'T6', field: { union: 'thing1' } },
      legalClosed: { fields: { result: 'thing1' } },
      memberAproved: 'T7',
    });
    expect(templates).toEqual({ memberApproved: { id: 'T1', fields: null } });
    expect(lines).toEqual([
      [
        'error',
        expect.stringContaining('entries skipped'),
        {
          malformed: ['memberRejected', 'memberMoved', 'transferAccepted', 'transferRefused', 'transferRequested', 'legalClosed'],
          unknown: ['memberAproved'],
        },
      ],
    ]);
  });

  it('does not take inherited names for templates', () => {
    expect(read('{"toString":"T1","__proto__":"T2"}').templates).toEqual({});
  });

  it('keeps a mapping of a key the template never sends, and says which key', () => {
    const { templates, lines } = read({ memberApproved: { id: 'T1', fields: { unoin: 'thing1', result: 'thing2' } } });
    expect(templates).toEqual({ memberApproved: { id: 'T1', fields: { unoin: 'thing1', result: 'thing2' } } });
    expect(lines).toEqual([
      ['error', 'NUANXIN_TEMPLATE_IDS maps data keys this template never sends', { template: 'memberApproved', keys: ['unoin'], sent: ['union', 'memberNo', 'result'] }],
    ]);
  });
});
