import { act, fireEvent, render } from '@testing-library/react';
import { privacyNoticeVersion } from '@core/privacy';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { navigateTo, switchTab, taroTest } from '../../../../test/support/taro';
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

  describe('an application made at a drive with 入会送礼包', () => {
    const gift = { id: 'cp-1', title: '夏日送清凉' };
    const withDrive = (member: ReturnType<typeof pendingMember>, giftCampaign: typeof gift | null = gift) =>
      installFakeApi({
        'member.me': () => ({ ok: true, data: { member, staff: [], privacyVersion: privacyNoticeVersion } }),
        'drive.entry': () => ({
          ok: true,
          data: { id: 'dr-1', title: '骑手集中入会日', union: member.union, place: '长青路', startsAt: 1, endsAt: 2, giftCampaign },
        }),
      });

    it('says the pack is claimed here once approved while the application waits', async () => {
      const api = withDrive(pendingMember({ driveId: 'dr-1' }));
      const { container } = await open();
      expect(api.callsTo('drive.entry')[0].data).toEqual({ driveId: 'dr-1' });
      expect(container.querySelector('.nx-gift-card')?.textContent).toContain('入会送礼包：夏日送清凉');
      expect(container.querySelector('.nx-gift-card')?.textContent).toContain('审核通过后在这里领取');
      expect(container.querySelector('.nx-gift-claim')).toBeNull();
    });

    it('offers 去领取礼包 once approved, to the 礼包 page', async () => {
      withDrive(pendingMember({ driveId: 'dr-1', status: 'approved', memberNo: 'NX2026000001', joinedAt: 1 }));
      const { container } = await open();
      fireEvent.click(container.querySelector('.nx-gift-claim') as HTMLElement);
      expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/index' });
    });

    it('shows no card for an application made elsewhere, or when the drive has no gift left', async () => {
      const api = answering(pendingMember());
      const { container } = await open();
      expect(api.callsTo('drive.entry')).toEqual([]);
      expect(container.querySelector('.nx-gift-card')).toBeNull();

      withDrive(pendingMember({ driveId: 'dr-1' }), null);
      const again = await open();
      expect(again.container.querySelector('.nx-gift-card')).toBeNull();
    });
  });
});
