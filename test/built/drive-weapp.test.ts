import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled drive and dashboard pages (dist/weapp) in Node: a scanned mini-program code arrives
 * as `scene`, the worker signs in with one tap through wx.cloud, and the dashboard draws its bars.
 */
const entry = { id: 'dr-1', title: '骑手集中入会日', union: { id: 'u1', name: '长青站点骑手工会' }, place: '长青路美团站点', startsAt: 1_795_000_000_000, endsAt: 1_795_010_800_000 };

const answer: CloudAnswer = (name, { action, data }) => {
  if (name === 'member' && action === 'me') return { ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } };
  if (name === 'drive' && action === 'entry') return data.driveId === 'dr-1' ? { ok: true, data: entry } : { ok: false, error: { code: 'DRIVE.NOT_FOUND', message: '没有找到这场活动，二维码可能已失效' } };
  if (name === 'drive' && action === 'signIn') return { ok: true, data: { driveId: 'dr-1', signedInAt: 1_795_000_100_000, firstTime: true, membership: 'none' } };
  if (name === 'stats' && action === 'dashboard')
    return {
      ok: true,
      data: {
        focus: { id: 'root', name: '青山区总工会' },
        month: '2026-11',
        members: {
          total: 1234,
          newThisMonth: 56,
          byOccupation: [{ key: 'rider', label: '外卖骑手', count: 1000 }],
          byPlatform: [{ key: 'meituan', label: '美团', count: 900 }],
          byUnion: [{ key: 'street', label: '长青街道总工会', count: 1234 }],
          byMonth: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, joined: i, total: i })),
        },
        unions: { count: 12, foundedThisYear: 2 },
        drives: { metrics: [{ key: 'reached', label: '覆盖人数', total: 400, thisMonth: 40 }] },
        sections: [],
        at: 1_795_000_000_000,
      },
    };
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness: drives and the dashboard', () => {
  const weapp = startWeapp(answer);

  it('opens the drive a mini-program code names in `scene`, and signs in with one tap', async () => {
    const page = await weapp.openPage('packages/drive/index', { scene: encodeURIComponent('dr-1') });
    expect(textOf(page.data.root)).toContain('骑手集中入会日');
    expect(weapp.cloudCalls).toContainEqual({ name: 'drive', data: { action: 'entry', data: { driveId: 'dr-1' } } });
    const rider = findAll(page.data.root, hasClass('nx-drive-occupation'))[0];
    expect(textOf(rider)).toBe('外卖骑手');
    await weapp.tap(page, rider);
    expect(weapp.cloudCalls.find((call) => call.data.action === 'signIn')).toMatchObject({ name: 'drive', data: { data: { driveId: 'dr-1', occupation: 'rider' }, requestId: expect.any(String) } });
    expect(textOf(page.data.root)).toContain('已签到');
    await weapp.tap(page, weapp.the(page, 'nx-drive-join'));
    expect(weapp.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/join/index?drive=dr-1' });
  });

  it('draws the dashboard’s figures and bars', async () => {
    const page = await weapp.openPage('packages/dashboard/index');
    const text = textOf(page.data.root);
    expect(text).toContain('青山区总工会');
    expect(text).toContain('1,234');
    expect(findAll(page.data.root, hasClass('nx-bars__bar')).length).toBeGreaterThan(10);
  });
});
