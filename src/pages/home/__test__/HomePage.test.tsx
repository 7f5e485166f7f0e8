import { act, fireEvent, render, screen } from '@testing-library/react';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { navigateTo, switchTab, taroTest } from '../../../../test/support/taro';
import HomePage from '../index';

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<HomePage />);
  });
  return view;
};

const meWith = (member: unknown) => () => ({ ok: true as const, data: { member, staff: [], privacyVersion: '2026-11-01' } });

describe('HomePage', () => {
  beforeEach(() => taroTest.reset());

  it('lists the services and says plainly which are not ready yet', async () => {
    installFakeApi({ 'member.me': meWith(null) });
    const { container } = await open();
    const tiles = Array.from(container.querySelectorAll('.nx-service')).map((tile) => ({
      name: tile.querySelector('.nx-service__name')?.textContent,
      soon: tile.classList.contains('nx-service--soon'),
    }));
    expect(tiles).toEqual([
      { name: '入会', soon: false },
      { name: '领礼包', soon: false },
      { name: '法律援助', soon: false },
      { name: '体检预约', soon: false },
      { name: '附近驿站', soon: false },
    ]);
  });

  it('opens 体检预约 from its tile, and no tile says 即将上线 any more', async () => {
    installFakeApi({ 'member.me': meWith(null) });
    const { container } = await open();
    expect(container.textContent).not.toContain('即将上线');
    fireEvent.click(container.querySelector('#nx-service-health') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/health/index' });
  });

  it('opens 法律援助 from its tile', async () => {
    installFakeApi({ 'member.me': meWith(null) });
    const { container } = await open();
    expect(container.querySelector('#nx-service-legal .nx-service__hint')?.textContent).toBe('欠薪工伤');
    fireEvent.click(container.querySelector('#nx-service-legal') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/legal/index' });
  });

  it('opens 领礼包 and 附近驿站 from their tiles', async () => {
    installFakeApi({ 'member.me': meWith(null) });
    const { container } = await open();
    fireEvent.click(container.querySelector('#nx-service-welfare') as HTMLElement);
    fireEvent.click(container.querySelector('#nx-service-stations') as HTMLElement);
    expect(navigateTo.mock.calls).toEqual([[{ url: '/packages/welfare/index' }], [{ url: '/packages/welfare/stations' }]]);
  });

  it('offers a non-member the big 入会 button, which opens the join form', async () => {
    installFakeApi({ 'member.me': meWith(null) });
    const { container } = await open();
    fireEvent.click(container.querySelector('.nx-home-join') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index' });
  });

  it('shows a rejected worker the reason and a way to resubmit', async () => {
    installFakeApi({ 'member.me': meWith(pendingMember({ status: 'rejected', rejectReason: '姓名与身份证号不符' })) });
    const { container } = await open();
    expect(screen.getByText('原因：姓名与身份证号不符')).toBeTruthy();
    fireEvent.click(container.querySelector('.nx-home-resubmit') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index?resubmit=1' });
  });

  it('takes a member to the card tab', async () => {
    installFakeApi({ 'member.me': meWith(pendingMember({ status: 'approved', memberNo: 'NX2026110001', joinedAt: 2 })) });
    const { container } = await open();
    expect(screen.getByText('会员号 NX2026110001')).toBeTruthy();
    fireEvent.click(container.querySelector('.nx-home-card') as HTMLElement);
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/card/index' });
  });

  it('offers 重试 when the membership cannot be loaded, and still lists the services', async () => {
    let down = true;
    installFakeApi({ 'member.me': () => (down ? 'network-down' : meWith(null)()) });
    const { container } = await open();
    expect(screen.getByText('网络不好，请检查网络后重试')).toBeTruthy();
    expect(container.querySelectorAll('.nx-service')).toHaveLength(5);
    down = false;
    await act(async () => {
      fireEvent.click(container.querySelector('.nx-retry') as HTMLElement);
    });
    expect(container.querySelector('.nx-home-join')).not.toBeNull();
  });
});
