import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { pageScrollTo, setClipboardData, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import VouchersPage from '../vouchers';
import { at, failure, ok, voucher } from './fixtures';

const open = () => renderPage(<VouchersPage />);

describe('VouchersPage (我的礼包券)', () => {
  beforeEach(() => taroTest.reset());

  it('shows a voucher to pick up with its QR code, its code spaced for reading aloud, where and until when', async () => {
    installFakeApi({ 'welfare.myClaims': ok({ items: [voucher()], nextCursor: null }) });
    const { container } = await open();
    const card = container.querySelector('#nx-voucher-7KQ3M9PX') as HTMLElement;
    expect(card.querySelector('.nx-voucher-status')?.textContent).toBe('待领取');
    expect(card.querySelector('.nx-voucher-code')?.textContent).toBe('7KQ3 M9PX');
    expect(card.querySelectorAll('.nx-voucher-qr .nx-qr__run--dark').length).toBeGreaterThan(50);
    expect(card.textContent).toContain('美团长青站骑手驿站');
    expect(card.textContent).toContain('本活动的其他驿站也可以领');
    expect(card.querySelector('.nx-voucher-deadline')?.textContent).toBe('请在7月18日 10:00前领取，过期礼包会退回');
  });

  it('opened from 我的 at one voucher, marks it and scrolls to it', async () => {
    installFakeApi({
      'welfare.myClaims': ok({ items: [voucher({ id: 'cp_2_w', code: 'ABCD2345' }), voucher()], nextCursor: null }),
    });
    const { container } = await renderPage(<VouchersPage />, { id: 'cp_1_w' });
    expect(container.querySelector('#nx-voucher-7KQ3M9PX')?.className).toContain('nx-voucher--focused');
    expect(container.querySelector('#nx-voucher-ABCD2345')?.className).not.toContain('nx-voucher--focused');
    expect(pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#nx-voucher-7KQ3M9PX' }));
  });

  it('shows a picked-up voucher as 已领取 with the station and time, and no code', async () => {
    installFakeApi({
      'welfare.myClaims': ok({ items: [voucher({ status: 'redeemed', redeemedAt: at('2026-07-16', '11:02'), redeemedStationName: '和平大道爱心驿站', cancellable: false })], nextCursor: null }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-voucher-status')?.textContent).toBe('已领取');
    expect(container.querySelector('.nx-voucher-redeemed')?.textContent).toBe('已在和平大道爱心驿站领取 · 7月16日 11:02');
    expect(container.querySelector('.nx-voucher-code')).toBeNull();
  });

  it('gives a voucher back after asking, once, and shows it as 已取消', async () => {
    const api = installFakeApi({
      'welfare.myClaims': ok({ items: [voucher()], nextCursor: null }),
      'welfare.cancelClaim': ok(voucher({ status: 'cancelled', cancellable: false })),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-voucher-cancel'));
    expect(screen.getByText('不要这份礼包了？')).toBeTruthy();
    await tap(document.querySelector('.nx-voucher-cancel-dialog .nut-dialog-footer-ok'));
    expect(api.callsTo('welfare.cancelClaim')).toEqual([expect.objectContaining({ data: { voucherId: 'cp_1_w' }, requestId: expect.any(String) })]);
    expect(container.querySelector('.nx-voucher-status')?.textContent).toBe('已取消');
  });

  it('says why a voucher could not be given back', async () => {
    installFakeApi({
      'welfare.myClaims': ok({ items: [voucher()], nextCursor: null }),
      'welfare.cancelClaim': failure('WELFARE.NOT_CANCELLABLE', '这张礼包券已经领取或失效了，不能再取消'),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-voucher-cancel'));
    await tap(document.querySelector('.nx-voucher-cancel-dialog .nut-dialog-footer-ok'));
    expect(screen.getByText('这张礼包券已经领取或失效了，不能再取消')).toBeTruthy();
  });

  it('copies the station address in the browser, where there is no WeChat map', async () => {
    installFakeApi({ 'welfare.myClaims': ok({ items: [voucher()], nextCursor: null }) });
    const { container } = await open();
    await tap(container.querySelector('.nx-voucher-navigate'));
    expect(setClipboardData).toHaveBeenCalledWith({ data: '美团长青站骑手驿站 青山区长青路128号' });
    expect(screen.getByText('地址已复制，可以粘贴到地图里')).toBeTruthy();
  });

  it('has a way to the campaigns when there is no voucher yet', async () => {
    installFakeApi({ 'welfare.myClaims': ok({ items: [], nextCursor: null }) });
    await open();
    expect(screen.getByText('还没有礼包券')).toBeTruthy();
  });
});
