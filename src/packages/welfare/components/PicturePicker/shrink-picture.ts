import Taro from '@tarojs/taro';
import { maxImageBytes } from '@core/contracts/image-upload';
import { readBase64InBrowser, readBase64InWeapp } from '../../../../utils/file-base64';

/**
 * A picture too big to send, made smaller on the phone: at most `longSide` px on its long side, as a
 * JPEG at a good quality and, if that is still over the limit, once more at a lower one. A phone
 * photo (1–5 MB even after chooseImage's 'compressed') comes out around 100–250 KB.
 */
export interface ShrunkPicture {
  base64: string;
  /** Where the phone keeps the smaller picture, for the preview. */
  previewUrl: string;
}

export const shrinkLimits = {
  longSide: 1200,
  /** WeChat's compressImage quality, 0–100; tried in order. */
  weappQualities: [80, 60],
  /** canvas.toBlob's JPEG quality, 0–1; tried in order. */
  browserQualities: [0.8, 0.6],
} as const;

/** Bytes a base64 string stands for. */
export const bytesInBase64 = (base64: string) => Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

/** The width that puts the long side at `longSide` (never wider than the picture is), or none when the size is unknown. */
const targetWidth = (width: number, height: number, longSide: number): number | undefined => {
  if (!(width > 0 && height > 0)) return undefined;
  return Math.round(width * Math.min(1, longSide / Math.max(width, height)));
};

/**
 * WeChat: compressImage (a JPG's quality; resized with compressedWidth on base library 2.26+, which
 * older ones ignore, so quality alone then has to do; a size getImageInfo cannot tell stays as it is).
 * Null when it cannot be made small enough.
 */
export const shrinkInWeapp = async (path: string): Promise<ShrunkPicture | null> => {
  let compressedWidth: number | undefined;
  try {
    const info = await Taro.getImageInfo({ src: path });
    // A photo taken sideways is stored on its side; the width that counts is the one it is shown at.
    const sideways = /^(left|right)/.test(String(info.orientation ?? ''));
    compressedWidth = sideways ? targetWidth(info.height, info.width, shrinkLimits.longSide) : targetWidth(info.width, info.height, shrinkLimits.longSide);
  } catch {
    compressedWidth = undefined;
  }
  for (const quality of shrinkLimits.weappQualities) {
    let tempFilePath: string;
    try {
      ({ tempFilePath } = await Taro.compressImage({ src: path, quality, ...(compressedWidth ? { compressedWidth } : {}) }));
    } catch {
      return null;
    }
    const base64 = await readBase64InWeapp(tempFilePath);
    if (bytesInBase64(base64) <= maxImageBytes) return { base64, previewUrl: tempFilePath };
  }
  return null;
};

type Drawable = { width: number; height: number; source: CanvasImageSource; done: () => void };

/** The picture decoded for drawing: createImageBitmap where the browser has it, an <img> otherwise. */
const decode = async (blob: Blob): Promise<Drawable> => {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height, source: bitmap, done: () => bitmap.close() };
  }
  const url = URL.createObjectURL(blob);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('image did not load'));
    image.src = url;
  });
  return { width: image.naturalWidth, height: image.naturalHeight, source: image, done: () => URL.revokeObjectURL(url) };
};

const jpegOf = (canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> =>
  new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/**
 * Browser: drawn on a canvas at most `longSide` px on its long side (on white, as JPEG has no
 * transparency) and exported as JPEG. Null when it cannot be made small enough, or drawn at all.
 */
export const shrinkInBrowser = async (blob: Blob): Promise<ShrunkPicture | null> => {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context || typeof canvas.toBlob !== 'function') return null;
  const picture = await decode(blob);
  try {
    const width = targetWidth(picture.width, picture.height, shrinkLimits.longSide);
    if (!width) return null;
    canvas.width = width;
    canvas.height = Math.max(1, Math.round((picture.height * width) / picture.width));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(picture.source, 0, 0, canvas.width, canvas.height);
  } finally {
    picture.done();
  }
  for (const quality of shrinkLimits.browserQualities) {
    const jpeg = await jpegOf(canvas, quality);
    if (jpeg && jpeg.size <= maxImageBytes) return { base64: await readBase64InBrowser(jpeg), previewUrl: URL.createObjectURL(jpeg) };
  }
  return null;
};

/** The chosen file made small enough to send, the way this platform can; null when it cannot be. */
export const shrinkPicture = (file: { path: string; originalFileObj?: Blob }): Promise<ShrunkPicture | null> => {
  if (process.env.TARO_ENV === 'weapp') return shrinkInWeapp(file.path);
  return file.originalFileObj ? shrinkInBrowser(file.originalFileObj) : Promise.resolve(null);
};
