import { act, fireEvent, render } from '@testing-library/react';
import { privacyNoticeVersion } from '@core/privacy';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { switchTab, taroTest } from '../../../../test/support/taro';
import { joinSubmittedKey } from '../join-draft';
import JoinStatusPage from '../status';

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<JoinStatusPage />);
  });
  return view;
};

const answering = (member: ReturnType<typeof pendingMember>) =>
  installFakeApi({ 'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: privacyNoticeVersion } }) });

describe('JoinStatusPage', () => {
  beforeEach(() => taroTest.reset());

  it('leads back to 首页 from 待审核, where the redirect after submitting left no way back', async () => {
    answering(pendingMember());
    const { container } = await open();
    expect(container.querySelector('.nx-status-badge--pending')?.textContent).toBe('待审核');
    fireEvent.click(container.querySelector('.nx-status-home') as HTMLElement);
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('drops the answers kept for a resubmission once the application is 已通过', async () => {
    taroTest.storage.set(joinSubmittedKey, { name: '王小明', occupation: 'courier' });
    answering(pendingMember({ status: 'approved', memberNo: 'NX2026000001', joinedAt: 1_795_100_000_000 }));
    const { container } = await open();
    expect(container.querySelector('.nx-status-member-no')?.textContent).toBe('NX2026000001');
    expect(taroTest.storage.has(joinSubmittedKey)).toBe(false);
  });
});
