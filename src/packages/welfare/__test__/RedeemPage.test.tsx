import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import RedeemPage from '../staff/redeem';
import { at, failure, lookup, ok } from './fixtures';

const open = () => renderPage(<RedeemPage />);

describe('RedeemPage (礼包核销)', () => {
  beforeEach(() => taroTest.reset());

  it('looks a typed code up, shows the holder masked, and hands the pack out once', async () => {
    const api = installFakeApi({
      'welfare.lookupVoucher': ok(lookup()),
      'welfare.redeem': ok(lookup({ status: 'redeemed', redeemedAt: at('2026-07-16', '11:02'), redeemedStationName: '美团长青站骑手驿站', problem: 'WELFARE.ALREADY_REDEEMED' })),
    });
    const { container } = await open();
    await typeInto(container.querySelector('.nx-redeem-code input'), '7kq3 m9px');
    await tap(container.querySelector('.nx-redeem-lookup'));
    expect(api.callsTo('welfare.lookupVoucher')[0].data).toEqual({ code: '7KQ3M9PX' });
    const found = container.querySelector('.nx-redeem-voucher') as HTMLElement;
    expect(found.textContent).toContain('李*辉');
    expect(found.textContent).toContain('139****2345');
    expect(found.textContent).toContain('工会会员 · 外卖骑手');

    await tap(container.querySelector('.nx-redeem-confirm'));
    expect(api.callsTo('welfare.redeem')[0]).toMatchObject({ data: { code: '7KQ3M9PX', stationId: 'st_a' }, requestId: expect.any(String) });
    expect(container.querySelector('.nx-redeem-done')?.textContent).toContain('已发放');
    expect(taroTest.storage.get('nuanxin.redeemStation')).toBe('st_a');
    await tap(container.querySelector('.nx-redeem-next'));
    expect(container.querySelector('.nx-redeem-done')).toBeNull();
  });

  it('shows why a voucher cannot be handed out, and offers no button', async () => {
    installFakeApi({
      'welfare.lookupVoucher': ok(lookup({ status: 'redeemed', problem: 'WELFARE.ALREADY_REDEEMED', redeemedAt: at('2026-07-16', '11:02'), redeemedStationName: '和平大道爱心驿站' })),
    });
    const { container } = await open();
    await typeInto(container.querySelector('.nx-redeem-code input'), '7KQ3M9PX');
    await tap(container.querySelector('.nx-redeem-lookup'));
    expect(container.querySelector('.nx-redeem-problem')?.textContent).toBe('这张礼包券已经领取过了，不能重复核销（7月16日 11:02在和平大道爱心驿站）');
    expect(container.querySelector('.nx-redeem-confirm')).toBeNull();
  });

  it('asks which station when the staff member serves several, remembering the last one', async () => {
    taroTest.storage.set('nuanxin.redeemStation', 'st_b');
    const api = installFakeApi({
      'welfare.lookupVoucher': ok(lookup({ stations: [{ id: 'st_a', name: '美团长青站骑手驿站' }, { id: 'st_b', name: '和平大道爱心驿站' }] })),
      'welfare.redeem': ok(lookup({ status: 'redeemed' })),
    });
    const { container } = await open();
    await typeInto(container.querySelector('.nx-redeem-code input'), '7KQ3M9PX');
    await tap(container.querySelector('.nx-redeem-lookup'));
    expect(container.querySelector('#nx-redeem-station-st_b')?.className).toContain('nx-choice-chip--selected');
    await tap(container.querySelector('#nx-redeem-station-st_a'));
    await tap(container.querySelector('.nx-redeem-confirm'));
    expect(api.callsTo('welfare.redeem')[0].data).toEqual({ code: '7KQ3M9PX', stationId: 'st_a' });
  });

  it('says plainly when a code does not exist', async () => {
    installFakeApi({ 'welfare.lookupVoucher': failure('WELFARE.VOUCHER_NOT_FOUND', '没有找到这张礼包券，请核对券码', { code: '没有这个券码，请核对' }) });
    const { container } = await open();
    await typeInto(container.querySelector('.nx-redeem-code input'), 'ZZZZ2222');
    await tap(container.querySelector('.nx-redeem-lookup'));
    expect(screen.getByText('没有这个券码，请核对')).toBeTruthy();
    expect(container.querySelector('.nx-redeem-voucher')).toBeNull();
  });
});
