import { installFakeApi } from '../../../../../test/support/fake-api';
import { renderPage, tap } from '../../../../../test/support/page-actions';
import { setClipboardData, taroTest } from '../../../../../test/support/taro';
import DriveDetailPage from '../detail';

const detail = (overrides: Record<string, unknown> = {}) => ({
  id: 'dr-1',
  title: '骑手集中入会日',
  kinds: ['founding'],
  union: { id: 'u1', name: '长青站点骑手工会' },
  place: '长青路美团站点',
  startsAt: 1_795_000_000_000,
  endsAt: 1_795_010_800_000,
  figures: { signedIn: 0, approved: 0, pending: 0, foundedUnions: 0 },
  location: { latitude: 30.6395, longitude: 114.3902 },
  audience: { occupations: ['rider', 'courier'], platforms: ['美团'] },
  welfareCampaignId: 'cp-1',
  giftCampaign: { id: 'cp-1', title: '夏日送清凉' },
  notes: null,
  foundedUnions: [],
  foundingParents: [],
  entryPath: '/#/packages/drive/index?drive=dr-1',
  qrCodeUrl: null,
  createdAt: 1_794_900_000_000,
  ...overrides,
});

const open = (data: ReturnType<typeof detail>) => {
  installFakeApi({ 'drive.detail': () => ({ ok: true, data }), 'drive.queue': () => ({ ok: true, data: { items: [] } }) });
  return renderPage(<DriveDetailPage />, { drive: 'dr-1' });
};

describe('DriveDetailPage (活动详情)', () => {
  beforeEach(() => taroTest.reset());

  it('shows whom the drive is for and the gift its joiners get', async () => {
    const { container } = await open(detail());
    expect(container.querySelector('.nx-drive-audience')?.textContent).toBe('面向：外卖骑手、快递员 · 美团');
    expect(container.querySelector('.nx-drive-gift')?.textContent).toBe('入会送礼包：夏日送清凉');
  });

  it('copies the place for a map app in the browser when it has a position', async () => {
    const { container } = await open(detail());
    expect(container.querySelector('.nx-drive-navigate')?.textContent).toBe('复制活动现场地址');
    await tap(container.querySelector('.nx-drive-navigate'));
    expect(setClipboardData).toHaveBeenCalledWith({ data: '骑手集中入会日 长青路美团站点' });
    expect(container.textContent).toContain('地址已复制');
  });

  it('says 不限 and leaves out the gift and the map action when none were set', async () => {
    const { container } = await open(detail({ location: null, audience: { occupations: [], platforms: [] }, welfareCampaignId: null, giftCampaign: null }));
    expect(container.querySelector('.nx-drive-audience')?.textContent).toBe('面向：不限');
    expect(container.querySelector('.nx-drive-gift')).toBeNull();
    expect(container.querySelector('.nx-drive-navigate')).toBeNull();
    expect(container.querySelector('.nx-drive-no-location')).not.toBeNull();
  });
});
