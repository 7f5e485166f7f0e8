import { screen } from '@testing-library/react';
import { distanceM } from '@core/rules/geo';
import { installFakeApi } from '../../../../test/support/fake-api';
import { makePhoneCall, navigateTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import StationsPage from '../stations';
import { ok, station } from './fixtures';
import { placeWorkerAt } from './geolocation';

const open = () => renderPage(<StationsPage />);

describe('StationsPage (附近驿站)', () => {
  beforeEach(() => taroTest.reset());

  it('lists the nearest stations with distances, from the browser position turned into GCJ-02', async () => {
    placeWorkerAt({ lat: 30.6376, lng: 114.3842 });
    const api = installFakeApi({
      'directory.nearbyStations': ok({ items: [station({ distanceM: 354 }), station({ id: 'st_b', name: '和平大道爱心驿站', distanceM: 1234 })] }),
    });
    const { container } = await open();
    const [sent] = api.callsTo('directory.nearbyStations');
    // The WGS-84 position moved by the GCJ-02 offset: a few hundred metres in 武汉.
    const moved = distanceM({ lat: 30.6376, lng: 114.3842 }, { lat: sent.data.lat as number, lng: sent.data.lng as number });
    expect(moved).toBeGreaterThan(200);
    expect(moved).toBeLessThan(800);
    expect(Array.from(container.querySelectorAll('.nx-station-distance')).map((node) => node.textContent)).toEqual(['350米', '1.2公里']);
    expect(container.querySelector('#nx-station-st_a')?.textContent).toContain('饮用水');
    await tap(container.querySelector('#nx-station-st_a .nx-station-call'));
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '027-86801128' });
  });

  it('lists stations by name, without distances, when the worker does not share a location, and can ask again', async () => {
    placeWorkerAt('refused');
    const api = installFakeApi({ 'directory.stations': ok({ items: [station()], nextCursor: null }) });
    const { container } = await open();
    expect(screen.getByText('没有获得你的位置，驿站按名称列出。')).toBeTruthy();
    expect(container.querySelector('.nx-station-distance')).toBeNull();
    expect(api.callsTo('directory.stations')).toHaveLength(1);
    placeWorkerAt({ lat: 30.6376, lng: 114.3842 });
    installFakeApi({ 'directory.nearbyStations': ok({ items: [station({ distanceM: 354 })] }) });
    await tap(container.querySelector('.nx-stations-relocate'));
    expect(container.querySelector('.nx-station-distance')?.textContent).toBe('350米');
  });

  it('lets admins add and edit stations in manage mode', async () => {
    taroTest.setRouterParams({ manage: '1' });
    installFakeApi({ 'directory.stations': ok({ items: [station()], nextCursor: null }) });
    const { container } = await open();
    await tap(container.querySelector('#nx-station-st_a .nx-station-edit'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/welfare/staff/station-form?id=st_a' });
    await tap(container.querySelector('.nx-stations-add'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/welfare/staff/station-form' });
  });
});
