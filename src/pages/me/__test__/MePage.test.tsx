import { act, fireEvent, render } from '@testing-library/react';
import { resetLargeTextForTests } from '../../../components/PageShell/large-text';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import MePage from '../index';

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<MePage />);
  });
  return view;
};

describe('MePage', () => {
  beforeEach(() => {
    taroTest.reset();
    resetLargeTextForTests();
  });

  it('turns 大字模式 on and off with a tap anywhere on its row', async () => {
    installFakeApi({ 'member.me': () => ({ ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } }) });
    const { container } = await open();
    const shell = () => container.querySelector('.nx-shell') as HTMLElement;
    expect(shell().className).not.toContain('nx-shell--large');
    act(() => {
      fireEvent.click(container.querySelector('.nx-me-large-text') as HTMLElement);
    });
    expect(shell().className).toContain('nx-shell--large');
    act(() => {
      fireEvent.click(container.querySelector('.nx-me-large-text') as HTMLElement);
    });
    expect(shell().className).not.toContain('nx-shell--large');
  });

  it('shows 工会工作 only to staff, leading to the review queue', async () => {
    installFakeApi({
      'member.me': () => ({
        ok: true,
        data: {
          member: pendingMember({ status: 'approved', memberNo: 'NX1', joinedAt: 2 }),
          staff: [{ union: { id: 'u1', name: '长青街道快递行业工会联合会' }, roles: ['reviewer'] }],
          privacyVersion: '2026-11-01',
        },
      }),
    });
    const { container, getByText } = await open();
    expect(getByText('审核员')).toBeTruthy();
    fireEvent.click(container.querySelector('.nx-me-review') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/applications/index' });
  });

  it('has no 工会工作 section for a worker without staff grants', async () => {
    installFakeApi({ 'member.me': () => ({ ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } }) });
    const { container } = await open();
    expect(container.querySelector('.nx-me-staff')).toBeNull();
    expect(container.querySelector('.nx-me-join')).not.toBeNull();
  });
});
