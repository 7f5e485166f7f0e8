import Taro from '@tarojs/taro';
import { wgs84ToGcj02, type LatLng } from '@core/rules/geo';
import { readStored, writeStored } from '../storage';

export type LocateResult = { ok: true; point: LatLng } | { ok: false; reason: 'refused' | 'unavailable' };

/** A position this recent is reused, so moving between pages does not ask again. */
const reuseForMs = 10 * 60 * 1000;
const storageKey = 'nuanxin.lastLocation';

interface Remembered {
  point: LatLng;
  at: number;
}

/** The worker's last position if it is recent; never older than ten minutes. */
export const rememberedLocation = (): LatLng | null => {
  const remembered = readStored<Remembered>(storageKey);
  return remembered && Date.now() - remembered.at < reuseForMs ? remembered.point : null;
};

const remember = (point: LatLng): LatLng => {
  writeStored(storageKey, { point, at: Date.now() });
  return point;
};

/** "getLocation:fail auth deny", "…privacy permission is not authorized": the worker said no. */
const isRefusal = (message: string) => /auth|deny|denied|privacy|permission/i.test(message);

const locateInWeapp = async (): Promise<LocateResult> => {
  try {
    // GCJ-02, the datum of the stations and of openLocation. WeChat asks the privacy question first
    // (app.config `requiredPrivateInfos`, the page's PrivacyPopup), then the permission.
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' });
    return { ok: true, point: remember({ lat: latitude, lng: longitude }) };
  } catch (error) {
    const message = (error as { errMsg?: string }).errMsg ?? String(error);
    return { ok: false, reason: isRefusal(message) ? 'refused' : 'unavailable' };
  }
};

/** The browser gives WGS-84; the stations are GCJ-02. */
const locateInBrowser = (): Promise<LocateResult> =>
  new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve({ ok: false, reason: 'unavailable' });
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ ok: true, point: remember(wgs84ToGcj02({ lat: position.coords.latitude, lng: position.coords.longitude })) }),
      (error) => resolve({ ok: false, reason: error.code === error.PERMISSION_DENIED ? 'refused' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 8000, maximumAge: reuseForMs },
    );
  });

/** Where the worker is (GCJ-02), or why not: a refusal is an answer to respect, not an error. */
export const locate = (): Promise<LocateResult> => (process.env.TARO_ENV === 'weapp' ? locateInWeapp() : locateInBrowser());
