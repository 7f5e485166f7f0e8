import { distanceM, formatDistance, isInChina, latitudeSpanOf, longitudeSpanOf, wgs84ToGcj02 } from '../geo';

describe('geo', () => {
  it('measures distances between stations in metres', () => {
    // 青山区: two points about 1.2 km apart.
    expect(distanceM({ lat: 30.6301, lng: 114.3821 }, { lat: 30.6395, lng: 114.3902 })).toBeGreaterThan(1200);
    expect(distanceM({ lat: 30.6301, lng: 114.3821 }, { lat: 30.6395, lng: 114.3902 })).toBeLessThan(1350);
    expect(distanceM({ lat: 30.63, lng: 114.39 }, { lat: 30.63, lng: 114.39 })).toBe(0);
  });

  it('writes distances the way a worker reads them', () => {
    expect(formatDistance(3)).toBe('10米');
    expect(formatDistance(354)).toBe('350米');
    expect(formatDistance(1234)).toBe('1.2公里');
    expect(formatDistance(23456)).toBe('23公里');
  });

  it('shifts a WGS-84 point in China by the GCJ-02 offset (a few hundred metres), and leaves points abroad alone', () => {
    const wgs = { lat: 30.63, lng: 114.39 };
    const gcj = wgs84ToGcj02(wgs);
    const shift = distanceM(wgs, gcj);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(800);
    // 天安门, a well-known reference pair (WGS-84 → GCJ-02).
    const tiananmen = wgs84ToGcj02({ lat: 39.9087, lng: 116.3975 });
    expect(distanceM(tiananmen, { lat: 39.91001, lng: 116.40374 })).toBeLessThan(30);
    expect(wgs84ToGcj02({ lat: 51.5, lng: -0.12 })).toEqual({ lat: 51.5, lng: -0.12 });
    expect(isInChina({ lat: 51.5, lng: -0.12 })).toBe(false);
  });
});

describe('the box around a worker', () => {
  it('spans 20 km each way in both directions at Wuhan and at Harbin', () => {
    for (const here of [{ lat: 30.63, lng: 114.38 }, { lat: 45.75, lng: 126.65 }]) {
      const east = { lat: here.lat, lng: here.lng + longitudeSpanOf(20_000, here.lat) };
      const north = { lat: here.lat + latitudeSpanOf(20_000), lng: here.lng };
      expect(distanceM(here, east)).toBeGreaterThanOrEqual(19_900);
      expect(distanceM(here, east)).toBeLessThanOrEqual(20_100);
      expect(distanceM(here, north)).toBeGreaterThanOrEqual(19_900);
      expect(distanceM(here, north)).toBeLessThanOrEqual(20_100);
    }
  });
});
