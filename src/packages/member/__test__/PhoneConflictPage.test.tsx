import { installFakeApi } from '../../../../test/support/fake-api';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { taroTest } from '../../../../test/support/taro';
import PhoneConflictPage from '../phone-conflict';

const reported = { id: 'pc-1', status: 'open', phoneMasked: '139****5678', reportedAt: 1_795_000_000_000, resolvedAt: null, reason: null };

describe('PhoneConflictPage (申请核实) in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks to hear the result in the tap that sends the report, and not while the form is incomplete', async () => {
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } }),
      'member.reportPhoneConflict': () => ({ ok: true, data: reported }),
    });
    const { container } = await renderPage(<PhoneConflictPage />);
    await typeInto(container.querySelector('.nx-conflict-name input'), '王小明');
    await typeInto(container.querySelector('.nx-conflict-phone input'), '13912345678');
    expect(await tapAskingInTap(container.querySelector('.nx-conflict-submit'))).toEqual([]);
    expect(api.callsTo('member.reportPhoneConflict')).toHaveLength(0);

    await tap(container.querySelector('.nx-conflict-consent'));
    expect(await tapAskingInTap(container.querySelector('.nx-conflict-submit'))).toEqual([['phoneConflictResolved']]);
    expect(askedBeforeSending('member', 'reportPhoneConflict')).toBe(true);
    expect(container.querySelector('#nx-conflict-sent')).not.toBeNull();
  });
});
