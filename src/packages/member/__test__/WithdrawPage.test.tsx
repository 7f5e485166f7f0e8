import { act, fireEvent, screen } from '@testing-library/react';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import WithdrawPage from '../withdraw';

const member = pendingMember({ status: 'approved', memberNo: 'NX2026000001', joinedAt: 1_794_000_000_000 });

const open = () => renderPage(<WithdrawPage />);
const dialogOk = (text: string) => screen.getByText(text, { selector: '.nut-dialog-footer-ok, .nut-dialog-footer-ok *' });
const dialogCancel = (text: string) => screen.getByText(text, { selector: '.nut-dialog-footer-cancel, .nut-dialog-footer-cancel *' });

describe('WithdrawPage (退会)', () => {
  beforeEach(() => taroTest.reset());

  it('asks twice before anything is sent, then says the number is kept', async () => {
    let current: Record<string, unknown> = member;
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member: current, staff: [], privacyVersion: '2026-11-01' } }),
      'member.withdraw': () => {
        current = { ...member, status: 'withdrawn', withdrawnAt: 1_796_000_000_000 };
        return { ok: true, data: { ...current, notices: ['已取消你12月4日 08:00的体检预约，名额已让给其他工友'] } };
      },
    });
    const { container } = await open();
    await act(async () => {
      fireEvent.input(container.querySelector('.nx-withdraw-reason textarea') as HTMLElement, { target: { value: '不跑外卖了' } });
    });
    await tap(container.querySelector('.nx-withdraw-submit'));
    expect(screen.getByText('确定要退会吗？')).toBeTruthy();
    await tap(dialogOk('继续退会'));
    expect(api.callsTo('member.withdraw')).toHaveLength(0);
    expect(screen.getByText('最后确认')).toBeTruthy();
    await tap(dialogOk('确认退会'));

    const sent = api.callsTo('member.withdraw');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({ reason: '不跑外卖了' });
    expect(sent[0].requestId).toBeTruthy();
    expect(container.querySelector('#nx-withdraw-done')?.textContent).toContain('会员号 NX2026000001 为你保留');
    // What 退会 gave back is said with the confirmation.
    expect(container.querySelector('.nx-withdraw-released')?.textContent).toContain('已取消你12月4日 08:00的体检预约');
  });

  it('sends nothing when the member changes their mind at the last step', async () => {
    const api = installFakeApi({
      'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: '2026-11-01' } }),
      'member.withdraw': () => ({ ok: true, data: member }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-withdraw-submit'));
    await tap(dialogOk('继续退会'));
    await tap(dialogCancel('再想想'));
    expect(api.callsTo('member.withdraw')).toHaveLength(0);
    expect(container.querySelector('.nx-withdraw-submit')).not.toBeNull();
  });
});
