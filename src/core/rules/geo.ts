/**
 * Distances and coordinates for 驿站. Stations are stored in GCJ-02 (the datum WeChat's map,
 * `getLocation({type: 'gcj02'})` and `openLocation` use); a browser's geolocation is WGS-84 and is
 * converted before any distance is measured.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

const earthRadiusM = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine): exact enough for "which station is nearest". */
export const distanceM = (a: LatLng, b: LatLng): number => {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * earthRadiusM * Math.asin(Math.min(1, Math.sqrt(h))));
};

/** 350米 / 1.2公里 / 12公里: what a worker reads beside a station. */
export const formatDistance = (metres: number): string => {
  if (metres < 1000) return `${Math.max(10, Math.round(metres / 10) * 10)}米`;
  if (metres < 10000) return `${(metres / 1000).toFixed(1)}公里`;
  return `${Math.round(metres / 1000)}公里`;
};

/** Mainland China's rough bounding box: GCJ-02 only shifts points inside it, and we serve no one outside. */
export const chinaBounds = { minLat: 3.86, maxLat: 53.56, minLng: 73.66, maxLng: 135.06 } as const;

export const isInChina = ({ lat, lng }: LatLng): boolean =>
  lat >= chinaBounds.minLat && lat <= chinaBounds.maxLat && lng >= chinaBounds.minLng && lng <= chinaBounds.maxLng;

/** Latitude span of `metres` north–south: a cheap pre-filter before exact distances. */
export const latitudeSpanOf = (metres: number): number => metres / 111_320;

/**
 * Longitude span of `metres` east–west at latitude `lat`: a degree of longitude shrinks towards the poles
 * (111 km at the equator, 96 km at Wuhan, 67 km at Harbin), so the box is wider in degrees further north.
 */
export const longitudeSpanOf = (metres: number, lat: number): number => metres / (111_320 * Math.max(0.01, Math.cos(rad(lat))));

// The published GCJ-02 obfuscation (Krasovsky 1940 ellipsoid); accurate to a few metres.
const krasovskyA = 6378245.0;
const krasovskyEe = 0.00669342162296594323;

const shiftLat = (x: number, y: number) => {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
};

const shiftLng = (x: number, y: number) => {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
};

/** A browser's WGS-84 position as GCJ-02, so it can be compared with the stations' coordinates. */
export const wgs84ToGcj02 = (point: LatLng): LatLng => {
  if (!isInChina(point)) return point;
  const x = point.lng - 105.0;
  const y = point.lat - 35.0;
  let dLat = shiftLat(x, y);
  let dLng = shiftLng(x, y);
  const radLat = rad(point.lat);
  let magic = Math.sin(radLat);
  magic = 1 - krasovskyEe * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((krasovskyA * (1 - krasovskyEe)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((krasovskyA / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: point.lat + dLat, lng: point.lng + dLng };
};
