import path from 'node:path';

/**
 * The compiled mini-program (dist/weapp) run in plain Node, as TOOLCHAIN.md describes: a simulated
 * `wx` (miniprogram-simulate's api object plus storage, toasts and a canned `wx.cloud`), the `App`,
 * `Page` and `Component` globals capturing configs, and page instances whose `setData` writes into
 * `data`, so the rendered tree can be read from `data.root` and events fired through `eh`.
 */
export interface TaroNode {
  sid: string;
  nn?: string;
  uid?: string;
  cl?: string;
  v?: string;
  cn?: TaroNode[];
  [attribute: string]: unknown;
}

export interface PageInstance {
  data: { root: TaroNode };
  route: string;
  onLoad: (query: Record<string, string>) => void;
  onShow?: () => void;
  onReady?: () => void;
  onUnload?: () => void;
  eh: (event: object) => void;
}

export type CloudAnswer = (name: string, data: { action: string; data: Record<string, unknown>; requestId?: string }) => unknown;

/** NUANXIN_WEAPP_DIR: a build made with NUANXIN_OUTPUT_ROOT elsewhere; dist/weapp by default. */
export const distDir = path.resolve(process.env.NUANXIN_WEAPP_DIR ?? path.join(__dirname, '../../../dist/weapp'));

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

export const textOf = (node: TaroNode): string => (node.v ?? '') + (node.cn ?? []).map(textOf).join('');

export const findAll = (node: TaroNode, match: (n: TaroNode) => boolean, found: TaroNode[] = []): TaroNode[] => {
  if (match(node)) found.push(node);
  (node.cn ?? []).forEach((child) => findAll(child, match, found));
  return found;
};

export const hasClass = (className: string) => (node: TaroNode) => (node.cl ?? '').split(/\s+/).includes(className);

/** `extraWx`: WeChat APIs a test answers itself (chooseMedia, the file system), beside the simulated ones. */
export const startWeapp = (answer: CloudAnswer, extraWx: Record<string, unknown> = {}) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const api = require('miniprogram-simulate/src/api') as Record<string, unknown>;
  const storage = new Map<string, unknown>();
  const toasts: { title: string }[] = [];
  const cloudCalls: { name: string; data: { action: string; data: Record<string, unknown>; requestId?: string } }[] = [];
  const navigations: { kind: string; url: string }[] = [];
  const navigate = (kind: string) => (options: { url: string; success?: (r: object) => void; complete?: () => void }) => {
    navigations.push({ kind, url: options.url });
    options.success?.({ errMsg: `${kind}:ok` });
    options.complete?.();
  };

  const wx = {
    ...api,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    showToast: (options: { title: string; success?: (r: object) => void }) => {
      toasts.push(options);
      options.success?.({ errMsg: 'showToast:ok' });
    },
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    switchTab: navigate('switchTab'),
    pageScrollTo: (options: { success?: (r: object) => void }) => options.success?.({ errMsg: 'pageScrollTo:ok' }),
    cloud: {
      DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
      init: () => undefined,
      callFunction: async ({ name, data }: { name: string; data: { action: string; data: Record<string, unknown> } }) => {
        cloudCalls.push({ name, data });
        return { result: answer(name, data), errMsg: 'cloud.callFunction:ok' };
      },
    },
    ...extraWx,
  };

  const captured: Record<string, Record<string, unknown>> = {};
  let loading = '';
  const stack: PageInstance[] = [];
  let app: Record<string, unknown> = {};
  Object.assign(globalThis, {
    wx,
    App: (config: Record<string, unknown>) => {
      app = config;
    },
    Page: (config: Record<string, unknown>) => {
      captured[loading] = config;
    },
    Component: (config: Record<string, unknown>) => {
      captured[`${loading}#component`] = config;
    },
    getApp: () => app,
    getCurrentPages: () => stack,
    requirePlugin: () => ({}),
  });

  loading = 'app';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(distDir, 'app.js'));
  (app.onLaunch as ((options: object) => void) | undefined)?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 });

  /** Opens a page: require its compiled js, instantiate its captured config, run its lifecycle. */
  const openPage = async (route: string, query: Record<string, string> = {}): Promise<PageInstance> => {
    loading = route;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(distDir, `${route}.js`));
    const config = captured[route];
    if (!config) throw new Error(`${route}.js did not call Page()`);
    const instance = Object.assign(Object.create(null), config, {
      data: JSON.parse(JSON.stringify(config.data ?? {})),
      route,
      __route__: route,
      options: query,
      setData(patch: Record<string, unknown>, callback?: () => void) {
        for (const [key, value] of Object.entries(patch)) {
          const parts = key.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
          let target = this.data as Record<string, unknown>;
          parts.slice(0, -1).forEach((part, i) => {
            target[part] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
            target = target[part] as Record<string, unknown>;
          });
          target[parts[parts.length - 1]] = value;
        }
        callback?.();
      },
      selectComponent: () => null,
      createSelectorQuery: (wx as unknown as { createSelectorQuery: () => unknown }).createSelectorQuery,
    }) as PageInstance;
    stack.push(instance);
    instance.onLoad(query);
    instance.onShow?.();
    instance.onReady?.();
    await settle(150);
    return instance;
  };

  const fire = async (page: PageInstance, node: TaroNode, type: string, detail: object = {}) => {
    const target = { id: node.sid, dataset: { sid: node.sid } };
    page.eh({ type, timeStamp: Date.now(), target, currentTarget: target, detail, touches: [], changedTouches: [] });
    await settle();
  };

  /** The one node with this class; fails loudly when the page changed shape. */
  const the = (page: PageInstance, className: string): TaroNode => {
    const nodes = findAll(page.data.root, hasClass(className));
    if (nodes.length !== 1) throw new Error(`expected one .${className} on ${page.route}, found ${nodes.length}`);
    return nodes[0];
  };

  return {
    openPage,
    the,
    tap: (page: PageInstance, node: TaroNode) => fire(page, node, 'tap'),
    /** Types into a NutUI Input: the event goes to the native input inside the wrapper with `className`. */
    type: (page: PageInstance, className: string, value: string) =>
      fire(page, findAll(the(page, className), hasClass('nut-input-native'))[0], 'input', { value, cursor: value.length }),
    toasts,
    cloudCalls,
    navigations,
    storage,
    settle,
  };
};
