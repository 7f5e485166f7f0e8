import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import HealthBookingPage from '../booking';
import { booking, ok } from './fixtures';

const open = (params: Record<string, string> = { planId: 'hp-1' }) => renderPage(<HealthBookingPage />, params);

describe('HealthBookingPage', () => {
  beforeEach(() => taroTest.reset());

  it('shows the QR code, the code to read out, when, where and what to bring', async () => {
    installFakeApi({ 'health.myBookings': () => ok({ now: 0, items: [booking({ skippedItems: ['chestDr'] })] }) });
    const { container } = await open({ planId: 'hp-1', done: 'booked' });
    expect(container.querySelector('.nx-hbooking-done')?.textContent).toBe('预约成功');
    expect(container.querySelector('.nx-hbooking-code')?.textContent).toBe('K7M2-Q9XD');
    expect(container.querySelectorAll('.nx-hbooking-qr .nx-qr__run--dark').length).toBeGreaterThan(50);
    expect(container.querySelector('.nx-hbooking-when')?.textContent).toBe('12月3日 周四 08:00-08:30');
    expect(container.querySelector('.nx-hbooking-skipped')?.textContent).toContain('这次不做：胸部DR');
    expect(container.querySelector('.nx-hbooking-deadline')?.textContent).toBe('12月2日 08:00前可以改期或取消');
  });

  it('cancels only after the worker confirms, with one requestId, and shows the result', async () => {
    let cancelled = false;
    const api = installFakeApi({
      'health.myBookings': () => ok({ now: 0, items: [booking(cancelled ? { status: 'cancelled', canChange: false } : {})] }),
      'health.cancel': () => {
        cancelled = true;
        return ok(booking({ status: 'cancelled', canChange: false }));
      },
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-hbooking-cancel'));
    expect(api.callsTo('health.cancel')).toHaveLength(0);
    await tap(screen.getByText('确认取消'));
    expect(api.callsTo('health.cancel')[0].data).toEqual({ planId: 'hp-1' });
    expect(screen.getByText('已取消，名额已退回')).toBeTruthy();
    expect(container.querySelector('.nx-health-status')?.textContent).toBe('已取消');
    expect(container.querySelector('.nx-hbooking-rebook')).not.toBeNull();
  });

  it('opens 改期 on the plan page', async () => {
    installFakeApi({ 'health.myBookings': () => ok({ now: 0, items: [booking()] }) });
    const { container } = await open();
    await tap(container.querySelector('.nx-hbooking-move'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/health/plan?planId=hp-1&move=1' });
  });

  it('says when the cut-off has passed and offers no change', async () => {
    const api = installFakeApi({ 'health.myBookings': () => ok({ now: 0, items: [booking({ canChange: false })] }) });
    const { container } = await open();
    expect(container.querySelector('.nx-hbooking-deadline')?.textContent).toBe('已过改期截止时间（12月2日 08:00），如果去不了，请联系工会');
    await tap(container.querySelector('.nx-hbooking-cancel'));
    expect(screen.queryByText('确认取消')).toBeNull();
    expect(api.callsTo('health.cancel')).toHaveLength(0);
  });

  it('shows a check-in and a no-show for what they are, without a code', async () => {
    installFakeApi({ 'health.myBookings': () => ok({ now: 0, items: [booking({ status: 'noShow', canChange: false })] }) });
    const { container } = await open();
    expect(container.querySelector('.nx-health-status')?.textContent).toBe('未到');
    expect(container.querySelector('.nx-hbooking-code')).toBeNull();
    expect(container.textContent).toContain('下次体检只能在最后几天预约剩下的名额');
  });
});
