import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import WelfarePage from '../index';
import { campaign, failure, ok, voucher } from './fixtures';
import { placeWorkerAt } from './geolocation';

const open = () => renderPage(<WelfarePage />);

describe('WelfarePage (领礼包)', () => {
  beforeEach(() => {
    taroTest.reset();
    placeWorkerAt('refused');
  });

  it('claims in two taps at the first station when no location is shared, with a requestId, then opens the vouchers', async () => {
    const api = installFakeApi({
      'welfare.campaigns': ok({ items: [campaign()] }),
      'welfare.claim': ok(voucher()),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-campaign__title')?.textContent).toBe('夏日送清凉');
    expect(container.textContent).toContain('剩 286 / 300 份');
    expect(container.textContent).toContain('领取对象：青山区总工会的会员');

    await tap(container.querySelector('.nx-campaign-claim'));
    expect(screen.getByText('没有获取到你的位置，驿站按活动顺序排列。')).toBeTruthy();
    expect(document.querySelector('#nx-claim-station-st_a')?.className).toContain('nx-claim-station--selected');
    await tap(document.querySelector('.nx-claim-submit'));

    const [sent] = api.callsTo('welfare.claim');
    expect(sent.data).toEqual({ campaignId: 'cp_1', stationId: 'st_a' });
    expect(sent.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/vouchers' });
  });

  it('puts the nearest station first and chooses it once the position arrives', async () => {
    placeWorkerAt({ lat: 30.6301, lng: 114.3905 });
    const api = installFakeApi({ 'welfare.campaigns': ok({ items: [campaign()] }), 'welfare.claim': ok(voucher()) });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-claim'));
    const names = Array.from(document.querySelectorAll('.nx-claim-station__name')).map((node) => node.textContent);
    expect(names).toEqual(['和平大道爱心驿站', '美团长青站骑手驿站']);
    expect(document.querySelector('#nx-claim-station-st_b .nx-claim-station__distance')?.textContent).toMatch(/米|公里/);
    await tap(document.querySelector('.nx-claim-submit'));
    expect(api.callsTo('welfare.claim')[0].data).toMatchObject({ stationId: 'st_b' });
  });

  it('keeps the same requestId when the connection drops and the worker taps again', async () => {
    let down = true;
    const api = installFakeApi({
      'welfare.campaigns': ok({ items: [campaign()] }),
      'welfare.claim': () => (down ? 'network-down' : ok(voucher())()),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-claim'));
    await tap(document.querySelector('.nx-claim-submit'));
    expect(document.querySelector('.nx-claim-problem')?.textContent).toContain('网络不好');
    down = false;
    await tap(document.querySelector('.nx-claim-submit'));
    const [first, second] = api.callsTo('welfare.claim');
    expect(second.requestId).toBe(first.requestId);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/vouchers' });
  });

  it('says why a claim was refused and refreshes the list', async () => {
    const api = installFakeApi({
      'welfare.campaigns': ok({ items: [campaign()] }),
      'welfare.claim': failure('WELFARE.SOLD_OUT', '礼包已经领完了，下次早点来'),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-claim'));
    await tap(document.querySelector('.nx-claim-submit'));
    expect(document.querySelector('.nx-claim-problem')?.textContent).toBe('礼包已经领完了，下次早点来');
    expect(api.callsTo('welfare.campaigns')).toHaveLength(2);
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('asks a worker it does not know for their occupation before claiming', async () => {
    const api = installFakeApi({
      'welfare.campaigns': ok({ items: [campaign({ membersOnly: false, occupations: ['rider', 'courier'], askOccupation: true })] }),
      'welfare.claim': ok(voucher()),
    });
    const { container } = await open();
    expect(container.textContent).toContain('以及外卖骑手、快递员');
    await tap(container.querySelector('.nx-campaign-claim'));
    expect((document.querySelector('.nx-claim-submit') as HTMLButtonElement).className).toContain('disabled');
    await tap(document.querySelector('#nx-claim-occupation-courier'));
    await tap(document.querySelector('.nx-claim-submit'));
    expect(api.callsTo('welfare.claim')[0].data).toEqual({ campaignId: 'cp_1', stationId: 'st_a', occupation: 'courier' });
  });

  it('shows each reason a campaign cannot be claimed, with the way forward', async () => {
    installFakeApi({
      'welfare.campaigns': ok({
        items: [
          campaign({ id: 'a', availability: 'claimed', voucherId: 'cp_1_w' }),
          campaign({ id: 'b', availability: 'notMember' }),
          campaign({ id: 'c', availability: 'soldOut', remaining: 0 }),
          campaign({ id: 'd', availability: 'waitlisted', waitlistPosition: 3 }),
          campaign({ id: 'e', availability: 'ended' }),
        ],
      }),
    });
    const { container } = await open();
    expect(container.querySelector('#nx-campaign-a .nx-campaign-voucher')?.textContent).toBe('已领到礼包券，去查看');
    expect(container.querySelector('#nx-campaign-c .nx-campaign-waitlist')).not.toBeNull();
    expect(container.querySelector('#nx-campaign-d .nx-campaign-queued')?.textContent).toContain('第3位');
    expect(container.querySelector('#nx-campaign-e')?.textContent).toContain('已经结束');
    await tap(container.querySelector('#nx-campaign-b .nx-campaign-join'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index' });
  });

  it('queues for a sold-out campaign and says the place', async () => {
    const api = installFakeApi({
      'welfare.campaigns': ok({ items: [campaign({ availability: 'soldOut', remaining: 0 })] }),
      'welfare.joinWaitlist': ok({ position: 4 }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-waitlist'));
    await tap(document.querySelector('.nx-claim-submit'));
    expect(api.callsTo('welfare.joinWaitlist')[0].data).toEqual({ campaignId: 'cp_1', stationId: 'st_a' });
    expect(screen.getByText('已排队，你是第4位')).toBeTruthy();
  });

  it('says so when there is nothing to claim, and offers the stations', async () => {
    installFakeApi({ 'welfare.campaigns': ok({ items: [] }) });
    const { container } = await open();
    expect(screen.getByText('现在没有可以领的礼包')).toBeTruthy();
    await tap(container.querySelector('.nx-empty__action'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/stations' });
  });
});

describe('WelfarePage in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks, in the tap that claims, to hear when the voucher expires or is used', async () => {
    installFakeApi({ 'welfare.campaigns': ok({ items: [campaign()] }), 'welfare.claim': ok(voucher()) });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-claim'));
    expect(await tapAskingInTap(document.querySelector('.nx-claim-submit'))).toEqual([['welfareVoucherExpired', 'welfareRedeemed']]);
    expect(askedBeforeSending('welfare', 'claim')).toBe(true);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/vouchers' });
  });

  it('asks, in the tap that queues, to hear when the worker’s turn comes', async () => {
    installFakeApi({
      'welfare.campaigns': ok({ items: [campaign({ availability: 'soldOut', remaining: 0 })] }),
      'welfare.joinWaitlist': ok({ position: 4 }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-campaign-waitlist'));
    expect(await tapAskingInTap(document.querySelector('.nx-claim-submit'))).toEqual([['welfareWaitlistGranted', 'welfareWaitlistEnded', 'welfareVoucherExpired']]);
    expect(askedBeforeSending('welfare', 'joinWaitlist')).toBe(true);
    expect(screen.getByText('已排队，你是第4位')).toBeTruthy();
  });
});
