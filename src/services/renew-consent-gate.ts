import Taro from '@tarojs/taro';
import { routes } from '../utils/navigate';

let opening = false;

const bare = (url: string) => url.split('?')[0].replace(/^\//, '');

const renewPageOnTop = (): boolean => {
  if (typeof Taro.getCurrentPages !== 'function') return false;
  const pages = Taro.getCurrentPages();
  const top = pages[pages.length - 1] as { route?: string } | undefined;
  return top?.route !== undefined && bare(top.route) === bare(routes.renewConsent);
};

/**
 * Opens 隐私说明更新 (which goes back where it came from once the worker agrees) — once, however many
 * refused calls arrive together or one after another (several evidence photos on their way up).
 */
export const openRenewConsent = (): void => {
  if (opening || renewPageOnTop()) return;
  opening = true;
  Taro.navigateTo({ url: routes.renewConsent })
    .catch(() => undefined)
    .finally(() => {
      opening = false;
    });
};
