import Taro from '@tarojs/taro';

/**
 * Files a person chose on the phone, read as base64 for a function call: evidence in 法律援助, a
 * campaign's picture or a station's photo. Choosing stays with each caller (they ask for different
 * kinds of file); reading and telling a cancel from a failure are the same everywhere.
 */

/** A WeChat temp file (from chooseImage, chooseMedia or chooseMessageFile) as base64. */
export const readBase64InWeapp = (filePath: string): Promise<string> =>
  new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (result) => resolve(String(result.data)),
      fail: reject,
    });
  });

/** A browser File or Blob as base64, without the `data:…,` prefix. */
export const readBase64InBrowser = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** A chooser that failed because the person closed it: nothing to report. */
export const isChooserCancel = (error: unknown): boolean => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error));
