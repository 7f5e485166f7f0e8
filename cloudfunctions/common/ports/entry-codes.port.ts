import type { StoredFile } from './files.port';

/**
 * The image on a poster that opens one page of the app on a phone: in production a WeChat
 * mini-program code (`wxacode.getUnlimited`: the page, and `scene` for what it is about), locally an
 * ordinary QR code of the H5 link to the same page. Use cases store the image through the Files port.
 */
export interface EntryCodeRequest {
  /** The mini-program page, without a leading slash: `packages/drive/index`. */
  page: string;
  /** At most 32 characters of [A-Za-z0-9] and a few marks: the page reads it from `scene`. */
  scene: string;
  /** The H5 route with the same parameter, from the site root: `/#/packages/drive/index?drive=…`. */
  h5Path: string;
}

export interface EntryCodes {
  imageOf(request: EntryCodeRequest): Promise<StoredFile>;
}
