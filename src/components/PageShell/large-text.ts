import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../../utils/storage';

/**
 * 大字模式: one app-wide flag, persisted, that every PageShell subscribes to. Tab pages stay mounted,
 * so a change in 我的 must reach 首页 and 会员卡 without a reload: hence a tiny store, not page state.
 */
export const largeTextKey = 'nuanxin.largeText';

let large: boolean | undefined;
const listeners = new Set<() => void>();

export const isLargeText = (): boolean => {
  if (large === undefined) large = readStored<boolean>(largeTextKey) === true;
  return large;
};

export const setLargeText = (value: boolean): void => {
  large = value;
  writeStored(largeTextKey, value);
  listeners.forEach((listener) => listener());
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useLargeText = (): boolean => useSyncExternalStore(subscribe, isLargeText, isLargeText);

/** Tests only: forget the cached flag so the next read comes from storage again. */
export const resetLargeTextForTests = (): void => {
  large = undefined;
};
