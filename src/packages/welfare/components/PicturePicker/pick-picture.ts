import Taro from '@tarojs/taro';
import { ImageUploadSchema, imageContentTypes, imageUploadMessages, maxImageBytes, type ImageUpload } from '@core/contracts/image-upload';
import { evidenceTypeOf } from '@core/rules/evidence';
import { isChooserCancel, readBase64InBrowser, readBase64InWeapp } from '../../../../utils/file-base64';
import { shrinkPicture } from './shrink-picture';

/** A picture ready to send with a form, and where the phone keeps it for the preview. */
export interface ChosenPicture {
  upload: ImageUpload;
  previewUrl: string;
}

/** What choosing gave: a picture, a refusal in words, or nothing (the person closed the album). */
export type PickedPicture = { ok: true; picture: ChosenPicture } | { ok: false; problem: string } | null;

/**
 * Judges a picture by the contract's own schema before it is sent: the type comes from the bytes (a
 * PNG saved as `.jpg` goes as a PNG), the size and the words are the ones the server would answer with.
 */
export const judgePicture = (base64: string, declaredType: string): { ok: true; upload: ImageUpload } | { ok: false; problem: string } => {
  const checked = ImageUploadSchema.safeParse({ contentType: evidenceTypeOf(base64) ?? declaredType, base64 });
  return checked.success ? { ok: true, upload: checked.data } : { ok: false, problem: checked.error.issues[0]?.message ?? imageUploadMessages.wrongType };
};

/**
 * One picture from the album or camera, compressed by WeChat, read as base64 and judged on the phone.
 * A picture over the limit (most phone photos) is first made smaller here (shrink-picture); one that
 * cannot be made small enough is refused before anything is sent. A picture already under the limit
 * goes as it is.
 */
export const pickPicture = async (): Promise<PickedPicture> => {
  let chosen: Taro.chooseImage.SuccessCallbackResult;
  try {
    chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  } catch (error) {
    if (isChooserCancel(error)) return null;
    throw error;
  }
  const file = chosen.tempFiles[0];
  // In the browser Taro drops a file it cannot draw as an image, so an empty answer is a wrong type.
  if (!file) return { ok: false, problem: imageUploadMessages.wrongType };
  // A type the browser names and the contract refuses (a GIF) is refused, not turned into a JPEG.
  if (file.type && file.type.startsWith('image/') && !(imageContentTypes as readonly string[]).includes(file.type)) {
    return { ok: false, problem: imageUploadMessages.wrongType };
  }
  if (file.size > maxImageBytes) {
    const shrunk = await shrinkPicture(file);
    if (!shrunk) return { ok: false, problem: imageUploadMessages.tooBig };
    const judged = judgePicture(shrunk.base64, 'image/jpeg');
    return judged.ok ? { ok: true, picture: { upload: judged.upload, previewUrl: shrunk.previewUrl } } : judged;
  }
  const browserFile = file.originalFileObj;
  const base64 = process.env.TARO_ENV === 'weapp' ? await readBase64InWeapp(file.path) : browserFile ? await readBase64InBrowser(browserFile) : '';
  const judged = judgePicture(base64, file.type ?? '');
  return judged.ok ? { ok: true, picture: { upload: judged.upload, previewUrl: file.path } } : judged;
};
