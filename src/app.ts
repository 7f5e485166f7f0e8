import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
// NutUI's global theme variables once; each component brings its own css (babel.config.js).
import '@nutui/nutui-react-taro/dist/styles/themes/default.css';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // wx.cloud.DYNAMIC_CURRENT_ENV is missing from Taro's typings; it means "the env the project is bound to".
  const dynamicEnv = (Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV;
  Taro.cloud.init({ env: process.env.NUANXIN_CLOUD_ENV || dynamicEnv, traceUser: true });
}

/** The app shell: pages render as `children`; per-page chrome lives in PageShell. */
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
