import { act, fireEvent, render } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import HealthHomePage from '../index';
import { booking, failure, ok, plan } from './fixtures';

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<HealthHomePage />);
  });
  return view;
};

describe('HealthHomePage', () => {
  beforeEach(() => taroTest.reset());

  it('shows each plan with what the worker can do about it now', async () => {
    installFakeApi({
      'health.plans': () =>
        ok({
          now: 0,
          items: [
            plan(),
            plan({ id: 'hp-2', title: '快递员专场', eligible: false, ineligibleReason: '这次体检只面向快递员' }),
            plan({ id: 'hp-3', title: '春季体检', window: { state: 'notYet', tier: 'late', opensAt: 0, closesAt: 0, message: '上次预约没有到场，这次从3月9日 00:00起可以预约剩下的名额' } }),
            plan({ id: 'hp-4', title: '已约的体检', myBooking: booking({ planId: 'hp-4' }) }),
          ],
        }),
      'health.myBookings': () => ok({ now: 0, items: [booking({ planId: 'hp-4' }), booking({ planId: 'hp-0', planTitle: '去年的体检', status: 'checkedIn' })] }),
    });
    const { container } = await open();
    expect(container.querySelector('#nx-plan-hp-1 .nx-plan-window')?.textContent).toBe('你近12个月没有做过体检，可以优先预约');
    expect(container.querySelector('#nx-plan-hp-2 .nx-plan-ineligible')?.textContent).toBe('这次体检只面向快递员');
    expect(container.querySelector('#nx-plan-hp-2 .nx-plan-book')).toBeNull();
    expect(container.querySelector('#nx-plan-hp-3 .nx-plan-window')?.textContent).toContain('上次预约没有到场');
    expect(container.querySelector('#nx-plan-hp-4 .nx-plan-booked')?.textContent).toContain('你已预约12月3日 周四 08:00-08:30');
    // The booking shown on its plan is not listed twice; last year's is.
    expect(Array.from(container.querySelectorAll('.nx-hbooking-card')).map((card) => card.id)).toEqual(['nx-hbooking-hp-0']);

    await act(async () => {
      fireEvent.click(container.querySelector('#nx-plan-hp-1 .nx-plan-book') as HTMLElement);
    });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/health/plan?planId=hp-1' });
  });

  it('says 已签到 rather than 已预约 once the check is done', async () => {
    installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ myBooking: booking({ status: 'checkedIn', canChange: false }) })] }),
      'health.myBookings': () => ok({ now: 0, items: [booking({ status: 'checkedIn', canChange: false })] }),
    });
    const { container } = await open();
    expect(container.querySelector('#nx-plan-hp-1 .nx-plan-booked .nx-plan__state-title')?.textContent).toBe('你已签到，体检结果由医院交给你');
    expect(container.querySelector('#nx-plan-hp-1 .nx-plan-open-booking')?.textContent).toBe('查看预约');
  });

  it('tells a worker who has not joined that this is for members, and how to join', async () => {
    installFakeApi({
      'health.plans': () => failure('MEMBER.NOT_MEMBER', '这项服务只对工会会员开放，入会通过后就能使用'),
      'health.myBookings': () => failure('MEMBER.NOT_MEMBER', '这项服务只对工会会员开放，入会通过后就能使用'),
    });
    const { container } = await open();
    expect(container.textContent).toContain('体检预约是会员服务');
    await act(async () => {
      fireEvent.click(container.querySelector('.nx-health-join') as HTMLElement);
    });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index' });
  });

  it('says so when there is nothing to book', async () => {
    installFakeApi({ 'health.plans': () => ok({ now: 0, items: [] }), 'health.myBookings': () => ok({ now: 0, items: [] }) });
    const { container } = await open();
    expect(container.textContent).toContain('现在没有可以预约的体检');
  });
});
