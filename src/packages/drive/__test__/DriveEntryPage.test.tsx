import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import DriveEntryPage from '../index';

const entry = {
  id: 'dr-1',
  title: '骑手集中入会日',
  union: { id: 'u1', name: '长青站点骑手工会' },
  place: '长青路美团站点',
  startsAt: 1_795_000_000_000,
  endsAt: 1_795_010_800_000,
  giftCampaign: null,
};
const me = (member: unknown = null) => ({ ok: true as const, data: { member, staff: [], privacyVersion: '2026-11-01' } });

const open = () => renderPage(<DriveEntryPage />);

describe('DriveEntryPage (what a drive QR code opens)', () => {
  beforeEach(() => {
    taroTest.reset();
    taroTest.setRouterParams({ drive: 'dr-1' });
  });

  it('signs a worker in with one tap on their occupation, then offers 入会 with the drive filled in', async () => {
    const api = installFakeApi({
      'drive.entry': () => ({ ok: true, data: entry }),
      'member.me': () => me(),
      'drive.signIn': (data) => ({ ok: true, data: { driveId: String(data.driveId), signedInAt: 1_795_000_100_000, firstTime: true, membership: 'none' } }),
    });
    const { container } = await open();
    expect(container.textContent).toContain('骑手集中入会日');
    expect(container.textContent).toContain('工会已经帮你选好：长青站点骑手工会');

    await tap(container.querySelector('#nx-drive-occupation-courier'));
    expect(api.callsTo('drive.signIn')).toEqual([expect.objectContaining({ data: { driveId: 'dr-1', occupation: 'courier' }, requestId: expect.any(String) })]);
    expect(container.querySelector('.nx-drive-signed-in')?.textContent).toContain('已签到');
    expect(container.querySelector('#nx-drive-occupation-courier')).toBeNull();

    await tap(container.querySelector('.nx-drive-join'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/join/index?drive=dr-1' });
  });

  it('retries a sign-in lost to the network with the same requestId, and says so', async () => {
    let attempts = 0;
    const api = installFakeApi({
      'drive.entry': () => ({ ok: true, data: entry }),
      'member.me': () => me(),
      'drive.signIn': () => {
        attempts += 1;
        return attempts === 1 ? 'network-down' : { ok: true, data: { driveId: 'dr-1', signedInAt: 1, firstTime: true, membership: 'none' } };
      },
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-drive-occupation-rider'));
    expect(container.textContent).toContain('网络不好');
    expect(container.querySelector('.nx-drive-signed-in')).toBeNull();
    await tap(container.querySelector('#nx-drive-occupation-rider'));
    const [first, second] = api.callsTo('drive.signIn');
    expect(second.requestId).toBe(first.requestId);
    expect(container.querySelector('.nx-drive-signed-in')).not.toBeNull();
  });

  it('says what a sign-in keeps before the tap, with the privacy notice a tap away; a member is not told again', async () => {
    installFakeApi({ 'drive.entry': () => ({ ok: true, data: entry }), 'member.me': () => me() });
    const { container } = await open();
    const notice = container.querySelector('.nx-collection-notice');
    expect(notice?.textContent).toContain('签到会记下你的微信账号和职业');
    expect(notice?.textContent).not.toContain('隐私说明版本');
    await tap(container.querySelector('.nx-collection-notice__link'));
    expect(container.querySelector('.nx-collection-notice')?.textContent).toContain('隐私说明版本 2026-11-01');
  });

  it('sends a worker who agreed to an older privacy notice to agree again, once, and the same tap then signs in', async () => {
    let agreed = false;
    const api = installFakeApi({
      'drive.entry': () => ({ ok: true, data: entry }),
      'member.me': () => me(pendingMember({ status: 'withdrawn' })),
      'drive.signIn': () =>
        agreed
          ? { ok: true, data: { driveId: 'dr-1', signedInAt: 1, firstTime: true, membership: 'withdrawn' } }
          : { ok: false, error: { code: 'MEMBER.CONSENT_OUTDATED', message: '隐私政策已更新，请重新阅读并同意后再提交' } },
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-drive-occupation-rider'));
    expect(navigateTo).toHaveBeenCalledTimes(1);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/consent' });
    expect(container.querySelector('.nx-drive-signed-in')).toBeNull();
    agreed = true;
    await tap(container.querySelector('#nx-drive-occupation-rider'));
    expect(api.callsTo('drive.signIn')).toHaveLength(2);
    expect(container.querySelector('.nx-drive-signed-in')).not.toBeNull();
    expect(navigateTo).toHaveBeenCalledTimes(1);
  });

  it('lets a member sign in as the occupation on their card, and offers the card instead of 入会', async () => {
    const api = installFakeApi({
      'drive.entry': () => ({ ok: true, data: entry }),
      'member.me': () => me(pendingMember({ status: 'approved', occupation: 'rider', memberNo: 'NX2026000001' })),
      'drive.signIn': () => ({ ok: true, data: { driveId: 'dr-1', signedInAt: 1, firstTime: false, membership: 'approved' } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-drive-join')).toBeNull();
    await tap(container.querySelector('.nx-drive-signin-member'));
    expect(api.callsTo('drive.signIn')[0].data).toEqual({ driveId: 'dr-1', occupation: 'rider' });
    expect(container.textContent).toContain('你已经签到过了');
    expect(container.querySelector('.nx-drive-card')).not.toBeNull();
  });

  it('shows the drive\'s 入会送礼包 once signed in: to be claimed after approval, then 去领取 for a member', async () => {
    const gift = { ...entry, giftCampaign: { id: 'cp-1', title: '夏日送清凉' } };
    installFakeApi({
      'drive.entry': () => ({ ok: true, data: gift }),
      'member.me': () => me(),
      'drive.signIn': () => ({ ok: true, data: { driveId: 'dr-1', signedInAt: 1, firstTime: true, membership: 'pending' } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-gift-card')).toBeNull();
    await tap(container.querySelector('#nx-drive-occupation-rider'));
    expect(container.querySelector('.nx-gift-card')?.textContent).toContain('入会送礼包：夏日送清凉');
    expect(container.querySelector('.nx-gift-card')?.textContent).toContain('审核通过后在这里领取');
    expect(container.querySelector('.nx-gift-claim')).toBeNull();
  });

  it('takes an approved member from the gift card to the 礼包 page', async () => {
    taroTest.storage.set('nuanxin.driveSignin.dr-1', { requestId: 'r-1', result: { driveId: 'dr-1', signedInAt: 1, firstTime: true, membership: 'approved' } });
    installFakeApi({
      'drive.entry': () => ({ ok: true, data: { ...entry, giftCampaign: { id: 'cp-1', title: '夏日送清凉' } } }),
      'member.me': () => me(pendingMember({ status: 'approved', occupation: 'rider', memberNo: 'NX2026000001' })),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-gift-claim'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/index' });
  });

  it('says the drive is gone when the code is stale, with a retry', async () => {
    installFakeApi({
      'drive.entry': () => ({ ok: false, error: { code: 'DRIVE.NOT_FOUND', message: '没有找到这场活动，二维码可能已失效' } }),
      'member.me': () => me(),
    });
    const { container } = await open();
    expect(container.textContent).toContain('二维码可能已失效');
    expect(container.querySelector('.nx-retry')).not.toBeNull();
  });
});
