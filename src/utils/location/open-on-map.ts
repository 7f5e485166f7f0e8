import Taro from '@tarojs/taro';

export interface MapPlace {
  name: string;
  address: string;
  location: { lat: number; lng: number };
}

/** What the map button does here, for a place called `what`: WeChat's map in the mini-program; in the browser, the address copied. */
export const mapActionLabelOf = (what: string): string => (process.env.TARO_ENV === 'weapp' ? `导航到${what}` : `复制${what}地址`);
export const mapActionLabel = mapActionLabelOf('驿站');

/**
 * 导航: WeChat's own map at the place, a station or a drive (GCJ-02, which openLocation expects), from where the worker
 * picks their navigation app. The browser has no such map: the address is copied instead, for
 * pasting into one. Resolves with what happened, for the page to say.
 */
export const openOnMap = async (place: MapPlace): Promise<'opened' | 'copied' | 'failed'> => {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      await Taro.openLocation({ latitude: place.location.lat, longitude: place.location.lng, name: place.name, address: place.address, scale: 17 });
      return 'opened';
    }
    await Taro.setClipboardData({ data: `${place.name} ${place.address}` });
    return 'copied';
  } catch {
    return 'failed';
  }
};
