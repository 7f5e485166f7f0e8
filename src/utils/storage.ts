import Taro from '@tarojs/taro';

/**
 * Storage that never throws into a page: a full or unavailable storage (private mode, quota) must not
 * stop a worker from filling a form, it only costs the draft.
 */
export const readStored = <T>(key: string): T | undefined => {
  try {
    const value: unknown = Taro.getStorageSync(key);
    return value === '' || value === null || value === undefined ? undefined : (value as T);
  } catch {
    return undefined;
  }
};

export const writeStored = (key: string, value: unknown): void => {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // Out of space or storage disabled: the page keeps working without persistence.
  }
};

export const removeStored = (key: string): void => {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
};
