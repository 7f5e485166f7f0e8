import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

/**
 * `NUANXIN_BUNDLE_STATS=1 npm run build:weapp` writes dist/bundle-stats.json: the size of every module
 * per output chunk, to find what a kilobyte of the main package is made of.
 */
class BundleStatsPlugin {
  apply(compiler: { hooks: { done: { tap: (name: string, fn: (stats: { toJson: (o: object) => unknown }) => void) => void } } }) {
    compiler.hooks.done.tap('nx-bundle-stats', (stats) => {
      const json = stats.toJson({ all: false, chunks: true, chunkModules: true }) as {
        chunks: { names: string[]; modules?: { name: string; size: number }[] }[];
      };
      const report = json.chunks.map((chunk) => ({
        chunk: chunk.names.join(','),
        modules: (chunk.modules ?? []).map((m) => ({ name: m.name, size: m.size })).sort((a, b) => b.size - a.size),
      }));
      fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
      fs.writeFileSync(path.join(root, 'dist', 'bundle-stats.json'), JSON.stringify(report, null, 1));
    });
  }
}

/**
 * `NUANXIN_TEMPLATE_IDS`, the functions' JSON of subscribe-message templates: the app asks for the same
 * templates (src/services/subscribe.ts) and needs only their ids, so only `{"name":"id"}` is built in;
 * an entry is the id or `{"id":"…","fields":{…}}` (the functions map their data through `fields`). A
 * malformed value fails the build rather than shipping an app that never asks.
 */
const templateIdsJson = (text = process.env.NUANXIN_TEMPLATE_IDS ?? ''): string => {
  if (!text) return '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('NUANXIN_TEMPLATE_IDS must be a JSON object of templates: {"memberApproved":"模板ID",…} or {"memberApproved":{"id":"模板ID","fields":{…}},…}');
  }
  const ids = Object.entries(parsed).map(([name, entry]: [string, unknown]) => [name, typeof entry === 'string' ? entry : (entry as { id?: unknown } | null)?.id]);
  const malformed = ids.filter(([, id]) => typeof id !== 'string').map(([name]) => name);
  if (malformed.length > 0) throw new Error(`NUANXIN_TEMPLATE_IDS: ${malformed.join(', ')} must be a template id or {"id":"模板ID","fields":{…}}`);
  return JSON.stringify(Object.fromEntries(ids));
};

/**
 * Taro build config, written by hand (no `taro init`). One design width for our styles and NutUI's:
 * NutUI is drawn at 375, so 16px in any source file is 16px on a 375-wide phone (32rpx in weapp).
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'nuanxin',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // NUANXIN_OUTPUT_ROOT lets builds run side by side (one engineer's e2e run must not see another's half-written build).
    outputRoot: process.env.NUANXIN_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    // The vite runner breaks weapp builds (NervJS/taro#16226); prebundle caches NutUI templates wrongly.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    alias: { '@core': path.resolve(root, 'src/core') },
    defineConstants: {
      // Which CloudBase environment `Taro.cloud.init` binds to; empty → the one the devtools project picks.
      'process.env.NUANXIN_CLOUD_ENV': JSON.stringify(process.env.NUANXIN_CLOUD_ENV ?? ''),
      // Template name → WeChat template id; empty → the app asks for nothing.
      'process.env.NUANXIN_TEMPLATE_IDS': JSON.stringify(templateIdsJson()),
    },
    plugins: [],
    copy: { patterns: [], options: {} },
    mini: {
      // Modules used only by subpackages go into those subpackages, not the 2 MB-capped main package.
      optimizeMainPackage: { enable: true },
      // NutUI's per-component css lands in shared chunks in different orders per page; order is irrelevant
      // there (each file styles its own `nut-*` classes), so the warning is noise.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        if (process.env.NUANXIN_BUNDLE_STATS) chain.plugin('nx-bundle-stats').use(BundleStatsPlugin);
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // NutUI's own px stay px in H5, as its docs ask; ours become rem from the same 375 design.
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
