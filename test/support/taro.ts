/**
 * `@tarojs/taro` for component tests (jest.config.js maps it here): storage in memory, navigation and
 * cloud calls as jest mocks, page lifecycle hooks run on mount. Tests reach the knobs through
 * `taroTest` (router params, storage reset).
 */
import { useEffect, useRef } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string> = {};

type Handler = (...args: unknown[]) => void;
const handlers = new Map<string, Set<Handler>>();

export const eventCenter = {
  on(name: string, fn: Handler) {
    if (!handlers.has(name)) handlers.set(name, new Set());
    handlers.get(name)?.add(fn);
  },
  off(name: string, fn?: Handler) {
    if (fn) handlers.get(name)?.delete(fn);
    else handlers.delete(name);
  },
  trigger(name: string, ...args: unknown[]) {
    handlers.get(name)?.forEach((fn) => fn(...args));
  },
};

export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' } as const;
export const getEnv = () => (process.env.TARO_ENV === 'weapp' ? ENV_TYPE.WEAPP : ENV_TYPE.WEB);

export const getStorageSync = (key: string) => (storage.has(key) ? JSON.parse(JSON.stringify(storage.get(key))) : '');
export const setStorageSync = (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value ?? null)));
export const removeStorageSync = (key: string) => void storage.delete(key);

export const navigateTo = jest.fn(async (_options: { url: string }) => ({ errMsg: 'navigateTo:ok' }));
export const redirectTo = jest.fn(async (_options: { url: string }) => ({ errMsg: 'redirectTo:ok' }));
export const switchTab = jest.fn(async (_options: { url: string }) => ({ errMsg: 'switchTab:ok' }));
export const pageScrollTo = jest.fn(async (_options: object) => ({ errMsg: 'pageScrollTo:ok' }));
export const stopPullDownRefresh = jest.fn();
export const showToast = jest.fn(async (_options: object) => ({ errMsg: 'showToast:ok' }));
/** Device and map APIs a page may reach for (驿站, 核销); tests set what they answer. */
export const setClipboardData = jest.fn(async (_options: { data: string }) => ({ errMsg: 'setClipboardData:ok' }));
export const makePhoneCall = jest.fn(async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' }));
export const scanCode = jest.fn(async (_options: object): Promise<{ result: string }> => ({ result: '' }));
export const openLocation = jest.fn(async (_options: object) => ({ errMsg: 'openLocation:ok' }));
/** 订阅消息: records what a tap asked for (`mockRejectedValueOnce` for a refusal). */
export const requestSubscribeMessage = jest.fn(async (_options: { tmplIds: string[] }): Promise<object> => ({ errMsg: 'requestSubscribeMessage:ok' }));

/**
 * 选图片: the person closes the album unless a test says what they chose (`taroTest.chooseImageAnswers`),
 * answered as Taro's H5 chooseImage answers, with the browser File the picker reads.
 */
type ChosenImage = { path: string; size: number; type?: string; originalFileObj?: File };
export const chooseImage = jest.fn(
  async (_options: { count?: number; sizeType?: string[]; sourceType?: string[] }): Promise<{ tempFilePaths: string[]; tempFiles: ChosenImage[]; errMsg: string }> => {
    throw { errMsg: 'chooseImage:fail cancel' };
  },
);

/**
 * WeChat's own files (weapp tests): temp paths the phone holds, as base64, read back by
 * getFileSystemManager().readFile. `taroTest.weappFiles` fills them.
 */
const weappFiles = new Map<string, string>();
export const getFileSystemManager = () => ({
  readFile(options: { filePath: string; encoding?: string; success?: (result: { data: string }) => void; fail?: (error: unknown) => void }) {
    const data = weappFiles.get(options.filePath);
    if (data === undefined) options.fail?.({ errMsg: `readFile:fail no such file ${options.filePath}` });
    else options.success?.({ data });
  },
  writeFileSync: jest.fn(),
});
/** 图片信息: the size WeChat reads from a temp file (`mockResolvedValueOnce` for another). */
export const getImageInfo = jest.fn(
  async (_options: { src: string }): Promise<{ width: number; height: number; orientation?: string; type: string; path: string; errMsg: string }> => ({
    width: 4000,
    height: 3000,
    orientation: 'up',
    type: 'jpg',
    path: _options.src,
    errMsg: 'getImageInfo:ok',
  }),
);
/**
 * 压缩图片: records what it was asked for; fails unless a test says what it makes
 * (`taroTest.compressImageMakes`).
 */
export const compressImage = jest.fn(
  async (_options: { src: string; quality?: number; compressedWidth?: number; compressedHeight?: number }): Promise<{ tempFilePath: string; errMsg: string }> => {
    throw { errMsg: 'compressImage:fail' };
  },
);

export const cloud = {
  init: jest.fn(),
  callFunction: jest.fn(async (_options: { name: string; data: unknown }) => ({ result: undefined as unknown, errMsg: 'ok' })),
};

export const nextTick = (fn: () => void) => setTimeout(fn, 0);
export const pxTransform = (n: number) => `${n}px`;
export const getCurrentInstance = () => ({ router: { path: '/test', params: routerParams } });
export const getSystemInfoSync = () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, platform: 'devtools' });

/** NutUI measures with it; jsdom has no layout, so every rect is empty (one result per query, like Taro). */
export const createSelectorQuery = () => {
  const emptyRect = { width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };
  const results: unknown[] = [];
  let all = false;
  const query = {
    select: () => ((all = false), query),
    selectAll: () => ((all = true), query),
    selectViewport: () => ((all = false), query),
    boundingClientRect: (cb?: (rect: unknown) => void) => {
      const result = all ? [] : emptyRect;
      results.push(result);
      cb?.(result);
      return query;
    },
    scrollOffset: (cb?: (offset: unknown) => void) => {
      const result = { scrollTop: 0, scrollLeft: 0 };
      results.push(result);
      cb?.(result);
      return query;
    },
    fields: () => query,
    exec: (cb?: (result: unknown[]) => void) => cb?.(results),
  };
  return query;
};

export const useRouter = () => ({ params: routerParams, path: '/test' });

/** Page lifecycle: in a test the page is "shown" once, when it mounts. */
const useOnMount = (fn: () => void) => {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => latest.current(), []);
};
export const useDidShow = useOnMount;
export const useLoad = useOnMount;
export const useReady = useOnMount;
export const useLaunch = useOnMount;
export const usePullDownRefresh = (_fn: () => void) => undefined;

export const taroTest = {
  setRouterParams(params: Record<string, string>) {
    routerParams = params;
  },
  storage,
  /** The next chooseImage answers with this file (or with nothing, as Taro's H5 does for a file it cannot draw). */
  chooseImageAnswers(file: File | null) {
    const tempFiles = file ? [{ path: `blob:test/${file.name}`, size: file.size, type: file.type, originalFileObj: file }] : [];
    chooseImage.mockImplementationOnce(async () => ({ tempFilePaths: tempFiles.map((f) => f.path), tempFiles, errMsg: 'chooseImage:ok' }));
  },
  weappFiles,
  /** In weapp: the next chooseImage answers with a temp file holding `base64` (a WeChat answer has no File). */
  chooseWeappImageAnswers(path: string, base64: string) {
    weappFiles.set(path, base64);
    const tempFiles = [{ path, size: Buffer.from(base64, 'base64').length }];
    chooseImage.mockImplementationOnce(async () => ({ tempFilePaths: [path], tempFiles, errMsg: 'chooseImage:ok' }));
  },
  /** Each compressImage call makes the next of these (base64) as a temp file, by quality asked. */
  compressImageMakes(byQuality: (quality: number) => string) {
    compressImage.mockImplementation(async ({ quality = 80 }) => {
      const tempFilePath = `wxfile://tmp/compressed-q${quality}.jpg`;
      weappFiles.set(tempFilePath, byQuality(quality));
      return { tempFilePath, errMsg: 'compressImage:ok' };
    });
  },
  reset() {
    storage.clear();
    weappFiles.clear();
    compressImage.mockReset();
    compressImage.mockImplementation(async () => {
      throw { errMsg: 'compressImage:fail' };
    });
    getImageInfo.mockClear();
    routerParams = {};
    handlers.clear();
    for (const mock of [navigateTo, redirectTo, switchTab, pageScrollTo, stopPullDownRefresh, showToast, cloud.callFunction]) mock.mockClear();
    for (const mock of [setClipboardData, makePhoneCall, scanCode, openLocation, requestSubscribeMessage, chooseImage]) mock.mockClear();
  },
};

const Taro = {
  ENV_TYPE,
  getEnv,
  eventCenter,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  navigateTo,
  redirectTo,
  switchTab,
  pageScrollTo,
  stopPullDownRefresh,
  showToast,
  setClipboardData,
  makePhoneCall,
  scanCode,
  openLocation,
  requestSubscribeMessage,
  chooseImage,
  compressImage,
  getImageInfo,
  getFileSystemManager,
  cloud,
  nextTick,
  pxTransform,
  getCurrentInstance,
  getSystemInfoSync,
  createSelectorQuery,
  useRouter,
  useDidShow,
  useLoad,
  useReady,
  useLaunch,
  usePullDownRefresh,
};

export default Taro;
