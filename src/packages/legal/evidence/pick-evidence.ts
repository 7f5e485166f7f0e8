import Taro from '@tarojs/taro';
import { isChooserCancel, readBase64InBrowser, readBase64InWeapp } from '../../../utils/file-base64';
import { judgePickedFile, type PickedFile } from './picked-file';
import { shrinkPhotoInBrowser } from './shrink-photo';

export type EvidenceKind = 'photo' | 'pdf';

/**
 * Lets the worker choose evidence files and reads them as base64: in WeChat, the album or camera
 * (compressed by WeChat) or a PDF from a chat; in the browser, a file input, with photos shrunk
 * before sending. Resolves [] when the worker cancels.
 */
export const pickEvidence = (kind: EvidenceKind, max: number): Promise<PickedFile[]> =>
  process.env.TARO_ENV === 'weapp' ? pickInWeapp(kind, max) : pickInBrowser(kind, max);

const nameOf = (path: string) => path.split('/').pop() ?? path;

/**
 * Calls a WeChat API with callbacks: Taro 4.1 passes chooseMedia and chooseMessageFile straight through
 * (no promise wrapper), and only newer base libraries return a promise on their own.
 */
const withCallbacks = <T>(api: (options: never) => unknown, options: object): Promise<T> =>
  new Promise((resolve, reject) => {
    (api as (options: object) => unknown)({ ...options, success: resolve, fail: reject });
  });

const pickInWeapp = async (kind: EvidenceKind, max: number): Promise<PickedFile[]> => {
  try {
    const chosen =
      kind === 'photo'
        ? (
            await withCallbacks<Taro.chooseMedia.SuccessCallbackResult>(Taro.chooseMedia, {
              count: max,
              mediaType: ['image'],
              sizeType: ['compressed'],
              sourceType: ['album', 'camera'],
            })
          ).tempFiles.map((file) => ({ path: file.tempFilePath, name: nameOf(file.tempFilePath), type: 'image/jpeg' }))
        : (
            await withCallbacks<Taro.chooseMessageFile.SuccessCallbackResult>(Taro.chooseMessageFile, { count: max, type: 'file', extension: ['pdf'] })
          ).tempFiles.map((file) => ({ path: file.path, name: file.name, type: 'application/pdf' }));
    return Promise.all(chosen.map(async (file) => judgePickedFile(file.name, await readBase64InWeapp(file.path), file.type)));
  } catch (error) {
    if (isChooserCancel(error)) return [];
    throw error;
  }
};

/** A file input in the page (some browsers ignore a detached one), clicked once and removed after. */
const chooseInBrowser = (accept: string, multiple: boolean): Promise<File[]> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.className = 'nx-evidence-input';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });

const pickInBrowser = async (kind: EvidenceKind, max: number): Promise<PickedFile[]> => {
  const files = (await chooseInBrowser(kind === 'photo' ? 'image/jpeg,image/png,image/webp' : 'application/pdf', max > 1)).slice(0, max);
  return Promise.all(
    files.map(async (file) => {
      const blob = kind === 'photo' ? await shrinkPhotoInBrowser(file) : file;
      return judgePickedFile(file.name, await readBase64InBrowser(blob), blob.type || file.type);
    }),
  );
};
