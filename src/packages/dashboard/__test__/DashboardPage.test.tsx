import { act, render } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { taroTest } from '../../../../test/support/taro';
import { tap } from '../../../../test/support/page-actions';
import DashboardPage from '../index';

const dashboard = (focus: { id: string; name: string }, byUnion: Array<{ key: string; label: string; count: number }>) => ({
  focus,
  month: '2026-11',
  members: {
    total: 1234,
    newThisMonth: 56,
    byOccupation: [{ key: 'rider', label: '外卖骑手', count: 1000 }, { key: 'courier', label: '快递员', count: 234 }],
    byPlatform: [{ key: 'meituan', label: '美团', count: 900 }],
    byUnion,
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, joined: i, total: i * 10 })),
  },
  unions: { count: 12, foundedThisYear: 2 },
  drives: { metrics: [{ key: 'reached', label: '覆盖人数', total: 400, thisMonth: 40 }] },
  sections: [
    {
      kind: 'legal',
      title: '法律援助',
      metrics: [
        { key: 'overdueWaiting', label: '超期未答复', total: 2, thisMonth: 2, live: true },
        { key: 'closed', label: '已结案', total: 7, thisMonth: 1 },
      ],
    },
  ],
  at: 1_795_000_000_000,
});


describe('DashboardPage', () => {
  beforeEach(() => taroTest.reset());

  it('shows members, the feature sections that exist, and drills into a union', async () => {
    const api = installFakeApi({
      'stats.dashboard': (data) =>
        data.unionId === 'street'
          ? { ok: true, data: dashboard({ id: 'street', name: '长青街道总工会' }, [{ key: 'g1', label: '长青站点骑手工会', count: 3 }]) }
          : { ok: true, data: dashboard({ id: 'root', name: '青山区总工会' }, [{ key: 'street', label: '长青街道总工会', count: 1234 }]) },
    });
    let view!: ReturnType<typeof render>;
    await act(async () => {
      view = render(<DashboardPage />);
    });
    const { container } = view;
    expect(container.querySelector('.nx-dash-focus')?.textContent).toBe('青山区总工会');
    expect(container.querySelector('#nx-dash-total')?.textContent).toContain('1,234');
    expect(container.querySelector('#nx-bar-rider')?.textContent).toContain('1,000');
    expect(container.querySelector('.nx-dash-section-legal')?.textContent).toContain('已结案');
    // A live figure reads as now, a counted one as this month.
    expect(container.querySelector('#nx-metric-overdueWaiting')?.textContent).toBe('超期未答复2当前');
    expect(container.querySelector('#nx-metric-closed')?.textContent).toBe('已结案7本月 1');
    expect(container.querySelector('.nx-dash-section-welfare')).toBeNull();
    expect(container.querySelectorAll('.nx-bars--compact .nx-bars__row')).toHaveLength(12);

    await tap(container.querySelector('#nx-bar-street'));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(api.callsTo('stats.dashboard').at(-1)?.data).toEqual({ unionId: 'street' });
    expect(container.querySelector('.nx-dash-focus')?.textContent).toBe('长青街道总工会');

    await tap(container.querySelector('.nx-dash-up'));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(api.callsTo('stats.dashboard').at(-1)?.data).toEqual({});
  });

  it('exports with a requestId and tells the rows, or the failure', async () => {
    const api = installFakeApi({
      'stats.dashboard': () => ({ ok: true, data: dashboard({ id: 'g1', name: '长青站点骑手工会' }, [{ key: 'g1', label: '长青站点骑手工会', count: 2 }]) }),
      'stats.export': () => ({ ok: true, data: { fileName: '会员名册.xlsx', url: '/files/exports/a.xlsx', rows: 2, truncated: false } }),
    });
    let view!: ReturnType<typeof render>;
    await act(async () => {
      view = render(<DashboardPage />);
    });
    // A grassroots union has nothing below it to drill into.
    expect(view.container.querySelector('.nx-dash-unions')).toBeNull();
    await tap(view.container.querySelector('.nx-export-members'));
    expect(api.callsTo('stats.export')).toEqual([expect.objectContaining({ data: { kind: 'members' }, requestId: expect.any(String) })]);
    expect(view.container.textContent).toContain('已导出2行');
  });

  it("exports another union's report under another requestId after a lost connection", async () => {
    let down = true;
    const api = installFakeApi({
      'stats.dashboard': (data) =>
        data.unionId === 'street'
          ? { ok: true, data: dashboard({ id: 'street', name: '长青街道总工会' }, [{ key: 'g1', label: '长青站点骑手工会', count: 3 }]) }
          : { ok: true, data: dashboard({ id: 'root', name: '青山区总工会' }, [{ key: 'street', label: '长青街道总工会', count: 1234 }]) },
      'stats.export': () => (down ? 'network-down' : { ok: true, data: { fileName: '会员名册.xlsx', url: '/files/exports/a.xlsx', rows: 2, truncated: false } }),
    });
    let view!: ReturnType<typeof render>;
    await act(async () => {
      view = render(<DashboardPage />);
    });
    const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    await tap(view.container.querySelector('.nx-export-members'));
    down = false;
    await tap(view.container.querySelector('#nx-bar-street'));
    await settle();
    await tap(view.container.querySelector('.nx-export-members'));
    await tap(view.container.querySelector('.nx-dash-up'));
    await settle();
    await tap(view.container.querySelector('.nx-export-members'));
    const [lost, street, retry] = api.callsTo('stats.export');
    expect([lost.data, street.data, retry.data]).toEqual([{ kind: 'members' }, { kind: 'members', unionId: 'street' }, { kind: 'members' }]);
    expect(street.requestId).not.toBe(lost.requestId);
    expect(retry.requestId).toBe(lost.requestId);
  });
});
