import Taro from '@tarojs/taro';

export const exportFileName = '暖新-我的信息.json';

/**
 * Hands the export over as a file the worker keeps: a download in the browser; in WeChat a file sent
 * to a chat of their choosing (文件传输助手 keeps it for them), since a mini-program has no downloads
 * folder. Falls back to the clipboard when neither works. Says which it did.
 */
export const saveExport = async (json: string): Promise<'downloaded' | 'shared' | 'copied' | 'failed'> => {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return 'downloaded';
  }
  try {
    const filePath = `${Taro.env.USER_DATA_PATH}/${exportFileName}`;
    Taro.getFileSystemManager().writeFileSync(filePath, json, 'utf8');
    await Taro.shareFileMessage({ filePath, fileName: exportFileName });
    return 'shared';
  } catch {
    return copyExport(json);
  }
};

/** Puts the export on the clipboard, to paste wherever the worker keeps things. */
export const copyExport = async (json: string): Promise<'copied' | 'failed'> => {
  try {
    await Taro.setClipboardData({ data: json });
    return 'copied';
  } catch {
    return 'failed';
  }
};
