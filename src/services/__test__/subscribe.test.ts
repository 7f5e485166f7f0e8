import { askedTemplates, everyTemplateId, runAsWeapp } from '../../../test/support/subscribe';
import { requestSubscribeMessage, taroTest } from '../../../test/support/taro';
import { askToBeNotified } from '../subscribe';

describe('askToBeNotified', () => {
  let undo: (() => void) | null = null;
  beforeEach(() => taroTest.reset());
  afterEach(() => {
    undo?.();
    undo = null;
  });

  it('asks for nothing in H5, even with template ids built in', () => {
    process.env.NUANXIN_TEMPLATE_IDS = JSON.stringify(everyTemplateId);
    try {
      askToBeNotified(['memberApproved', 'memberRejected']);
    } finally {
      delete process.env.NUANXIN_TEMPLATE_IDS;
    }
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('asks WeChat for the mapped template ids, in the order given, before it returns', () => {
    undo = runAsWeapp();
    askToBeNotified(['memberApproved', 'memberRejected']);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-memberApproved', 'tmpl-memberRejected'] });
  });

  it('asks for at most three templates, the first three', () => {
    undo = runAsWeapp();
    askToBeNotified(['legalAccepted', 'legalDeclined', 'legalClosed', 'legalUpdated']);
    expect(askedTemplates()).toEqual([['legalAccepted', 'legalDeclined', 'legalClosed']]);
  });

  it('skips templates with no id, so the three asked are three that can be sent', () => {
    undo = runAsWeapp({ legalDeclined: 'T-declined', legalClosed: 'T-closed', legalUpdated: 'T-updated', legalAssigned: 'T-assigned' });
    askToBeNotified(['legalAccepted', 'legalDeclined', 'legalClosed', 'legalUpdated', 'legalAssigned']);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-declined', 'T-closed', 'T-updated'] });
  });

  it('reads the id of a template given in the functions\' object form, beside plain ids', () => {
    undo = runAsWeapp();
    process.env.NUANXIN_TEMPLATE_IDS = JSON.stringify({
      memberApproved: { id: 'T-approved', fields: { union: 'thing1', memberNo: 'character_string2', result: 'thing3' } },
      memberRejected: 'T-rejected',
      memberMoved: { id: 'T-moved' },
    });
    askToBeNotified(['memberApproved', 'memberRejected', 'memberMoved']);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-approved', 'T-rejected', 'T-moved'] });
  });

  it('skips an object-form entry with no usable id', () => {
    undo = runAsWeapp();
    process.env.NUANXIN_TEMPLATE_IDS = JSON.stringify({ memberApproved: { fields: { union: 'thing1' } }, memberRejected: { id: '' }, memberMoved: { id: 7 }, transferAccepted: null });
    askToBeNotified(['memberApproved', 'memberRejected', 'memberMoved', 'transferAccepted']);
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('asks once for two names that share an id', () => {
    undo = runAsWeapp({ memberApproved: 'T-result', memberRejected: 'T-result' });
    askToBeNotified(['memberApproved', 'memberRejected']);
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['T-result'] });
  });

  it('asks nothing when none of the templates has an id, or no ids were built in', () => {
    undo = runAsWeapp({ healthReminder: 'T-health' });
    askToBeNotified(['memberApproved']);
    for (const built of ['', '{}', 'not json', '["T-1"]', '{"memberApproved":""}']) {
      process.env.NUANXIN_TEMPLATE_IDS = built;
      askToBeNotified(['memberApproved']);
    }
    expect(requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('never throws: a refusal or a missing API leaves the tap to go on', async () => {
    undo = runAsWeapp();
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 20004 });
      expect(() => askToBeNotified(['healthReminder'])).not.toThrow();
      requestSubscribeMessage.mockImplementationOnce(() => {
        throw new TypeError('requestSubscribeMessage is not a function');
      });
      expect(() => askToBeNotified(['healthReminder'])).not.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(unhandled).not.toHaveBeenCalled();
    expect(requestSubscribeMessage).toHaveBeenCalledTimes(2);
  });
});
