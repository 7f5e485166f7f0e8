import { act, fireEvent, screen } from '@testing-library/react';
import { installFakeApi, pendingMember, unionsPage } from '../../../../test/support/fake-api';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import TransferPage from '../transfer';

const member = pendingMember({ status: 'approved', memberNo: 'NX2026000001', joinedAt: 1_794_000_000_000 });
const pendingTransfer = {
  id: 't1',
  status: 'pending',
  from: member.union,
  to: { id: 'u2', name: '青山区外卖配送行业工会' },
  note: '换站点了',
  byStaff: false,
  requestedAt: 1_795_000_000_000,
  decidedAt: null,
  reason: null,
};

const open = () => renderPage(<TransferPage />);

describe('TransferPage', () => {
  beforeEach(() => taroTest.reset());

  it('offers the other unions, and sends the chosen one with a note and a requestId', async () => {
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', transfer: null } }),
      'directory.suggestUnions': () => ({ ok: true, data: { items: unionsPage.items } }),
      'member.requestTransfer': (data) => ({ ok: true, data: { ...pendingTransfer, to: { id: String(data.toUnionId), name: '青山区外卖配送行业工会' } } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-transfer-current')?.textContent).toBe(member.union.name);
    // The member's own union is not offered.
    expect(container.querySelector('#nx-union-u1')).toBeNull();

    await tap(container.querySelector('.nx-transfer-submit'));
    expect(screen.getByText('请选择要转入的工会')).toBeTruthy();
    expect(api.callsTo('member.requestTransfer')).toHaveLength(0);

    await tap(container.querySelector('#nx-union-u2'));
    await act(async () => {
      fireEvent.input(container.querySelector('.nx-transfer-note textarea') as HTMLElement, { target: { value: '换站点了' } });
    });
    await tap(container.querySelector('.nx-transfer-submit'));
    const sent = api.callsTo('member.requestTransfer');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({ toUnionId: 'u2', note: '换站点了' });
    expect(sent[0].requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('shows a waiting request instead of the form, and takes it back after asking', async () => {
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', transfer: pendingTransfer } }),
      'member.cancelTransfer': () => ({ ok: true, data: { ...pendingTransfer, status: 'cancelled' } }),
    });
    const { container } = await open();
    expect(container.querySelector('#nx-transfer-status')?.textContent).toContain('转会申请等待接收');
    expect(container.querySelector('.nx-transfer-to')?.textContent).toBe('青山区外卖配送行业工会');
    expect(container.querySelector('.nx-transfer-submit')).toBeNull();

    await tap(container.querySelector('.nx-transfer-cancel'));
    expect(api.callsTo('member.cancelTransfer')).toHaveLength(0);
    await tap(screen.getByText('撤回申请', { selector: '.nut-dialog-footer-ok, .nut-dialog-footer-ok *' }));
    expect(api.callsTo('member.cancelTransfer')[0].data).toEqual({ transferId: 't1' });
  });

  it('asks to agree to the changed privacy notice when the server says so', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', transfer: null } }),
      'directory.suggestUnions': () => ({ ok: true, data: { items: unionsPage.items } }),
      'member.requestTransfer': () => ({ ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED', message: '隐私政策已更新，请重新阅读并同意后再提交' } }),
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-union-u2'));
    await tap(container.querySelector('.nx-transfer-submit'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/consent' });
  });

  it('sends a non-member to join instead', async () => {
    installFakeApi({ 'member.me': () => ({ ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } }) });
    const { container } = await open();
    expect(screen.getByText('入会后才能转会')).toBeTruthy();
    await tap(container.querySelector('.nx-transfer-join'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index' });
  });
});

describe('TransferPage in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks to be told whether the union takes the member, in the tap that sends the request', async () => {
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', transfer: null } }),
      'directory.suggestUnions': () => ({ ok: true, data: { items: unionsPage.items } }),
      'member.requestTransfer': () => ({ ok: true, data: pendingTransfer }),
    });
    const { container } = await open();
    // No union chosen yet: nothing is sent, so nothing is asked.
    expect(await tapAskingInTap(container.querySelector('.nx-transfer-submit'))).toEqual([]);

    await tap(container.querySelector('#nx-union-u2'));
    expect(await tapAskingInTap(container.querySelector('.nx-transfer-submit'))).toEqual([['transferAccepted', 'transferRefused']]);
    expect(askedBeforeSending('member', 'requestTransfer')).toBe(true);
    expect(api.callsTo('member.requestTransfer')).toHaveLength(1);
  });
});
