import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { redirectTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap, typeInto } from '../../../../test/support/page-actions';
import CampaignFormPage from '../staff/campaign-form';
import StaffCampaignPage from '../staff/campaign';
import WelfareStaffHome from '../staff/index';
import { adminView, ok, station } from './fixtures';

const mount = (page: JSX.Element, params: Record<string, string> = {}) => renderPage(page, params);
const meAs = (roles: string[]) =>
  ok({ member: null, staff: [{ union: { id: 'root', name: '青山区总工会' }, roles }], privacyVersion: '2026-11-01' });

describe('礼包工作 staff pages', () => {
  beforeEach(() => taroTest.reset());

  it('offers an operator 核销 and the campaigns, and an admin also the stations', async () => {
    installFakeApi({ 'member.me': meAs(['operator']) });
    const operator = await mount(<WelfareStaffHome />);
    expect(operator.container.querySelector('.nx-welfare-staff-redeem')).not.toBeNull();
    expect(operator.container.querySelector('.nx-welfare-staff-stations')).toBeNull();
    operator.unmount();
    installFakeApi({ 'member.me': meAs(['admin']) });
    const admin = await mount(<WelfareStaffHome />);
    expect(admin.container.querySelector('.nx-welfare-staff-stations')).not.toBeNull();
  });

  it('shows a campaign’s counts by station and occupation, and tops it up', async () => {
    const api = installFakeApi({
      'member.me': meAs(['admin']),
      'welfare.campaignStats': ok(adminView()),
      'welfare.topUpCampaign': ok(adminView({ total: 350, remaining: 336 })),
    });
    const { container } = await mount(<StaffCampaignPage />, { id: 'cp_1' });
    expect(container.querySelector('.nx-staff-campaign-stations')?.textContent).toContain('领券10 · 领取7 · 过期1');
    expect(container.querySelector('.nx-staff-campaign-stations')?.textContent).toContain('领券4 · 领取2 · 退回1');
    expect(container.querySelector('.nx-staff-campaign-occupations')?.textContent).toContain('外卖骑手领券14 · 领取9 · 过期1 · 退回1');
    await tap(container.querySelector('.nx-staff-campaign-topup'));
    await typeInto(document.querySelector('.nx-topup-amount input'), '50');
    await tap(document.querySelector('.nx-topup-dialog .nut-dialog-footer-ok'));
    expect(api.callsTo('welfare.topUpCampaign')[0]).toMatchObject({ data: { campaignId: 'cp_1', amount: 50 }, requestId: expect.any(String) });
    expect(screen.getByText('已补充50份')).toBeTruthy();
  });

  it('hides the admin actions from an operator', async () => {
    installFakeApi({ 'member.me': meAs(['operator']), 'welfare.campaignStats': ok(adminView()) });
    const { container } = await mount(<StaffCampaignPage />, { id: 'cp_1' });
    expect(container.querySelector('.nx-staff-campaign-topup')).toBeNull();
  });

  it('checks a new campaign with the server’s own rules before sending it, then creates it', async () => {
    const api = installFakeApi({
      'member.me': meAs(['admin']),
      'directory.stations': ok({ items: [station()], nextCursor: null }),
      'welfare.createCampaign': ok(adminView({ id: 'cp_new' })),
    });
    const { container } = await mount(<CampaignFormPage />);
    await tap(container.querySelector('.nx-form-submit'));
    expect(container.querySelector('#nx-field-title .nx-field-error')?.textContent).toBe('请填写活动名称（至少2个字）');
    expect(container.querySelector('#nx-field-stations .nx-field-error')?.textContent).toBe('请至少选择一个领取驿站');
    expect(container.querySelector('#nx-field-totalStock .nx-field-error')?.textContent).toBe('请填写礼包总数');
    expect(api.callsTo('welfare.createCampaign')).toHaveLength(0);

    await typeInto(container.querySelector('.nx-form-title input'), '冬日送温暖');
    await tap(container.querySelector('#nx-form-station-st_a'));
    await typeInto(container.querySelector('.nx-form-total input'), '120');
    await tap(container.querySelector('.nx-form-submit'));
    const [sent] = api.callsTo('welfare.createCampaign');
    expect(sent.data).toMatchObject({ unionId: 'root', title: '冬日送温暖', totalStock: 120, stations: [{ stationId: 'st_a' }], membersOnly: true, voucherValidHours: 72 });
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/welfare/staff/campaign?id=cp_new' });
  });
});
