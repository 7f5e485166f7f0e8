import type { Locator, Page, Response } from 'playwright-core';

/**
 * Being someone on the local host: its sign-in page stores the demo identity the H5 transport sends
 * (`x-dev-openid`), then opens `next` with a full page load, so each identity starts a fresh app.
 */
export const signInAs = async (page: Page, origin: string, openid: string, next: string, options: { clearStorage?: boolean } = {}) => {
  if (options.clearStorage) {
    // A phone that has never opened the app: no draft, no 大字模式, no earlier identity.
    await page.goto(`${origin}/dev/sign-in`);
    await page.evaluate(() => window.localStorage.clear());
  }
  await page.goto(`${origin}/dev/sign-in?as=${encodeURIComponent(openid)}&next=${encodeURIComponent(next)}`);
  const hash = next.slice(next.indexOf('#'));
  await page.waitForURL((url) => url.pathname === '/' && decodeURIComponent(url.hash).startsWith(hash.split('?')[0]));
};

/** Resolves with the answer to the next `POST /api/<fn>` whose event names `action`. */
export const waitForAction = (page: Page, fn: string, action: string): Promise<Response> =>
  page.waitForResponse((response) => {
    const request = response.request();
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== `/api/${fn}`) return false;
    try {
      return (JSON.parse(request.postData() ?? '{}') as { action?: string }).action === action;
    } catch {
      return false;
    }
  });

/** Calls a function on the local host as `openid`, the way the H5 transport does, and returns `data`. */
export const callAs = async <T>(origin: string, openid: string, fn: string, action: string, data: unknown): Promise<T> => {
  const response = await fetch(`${origin}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action, data }),
  });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { code: string; message: string } };
  if (!body.ok) throw new Error(`${fn}.${action} as ${openid}: ${body.error?.code} ${body.error?.message}`);
  return body.data as T;
};

/** An item of the H5 tab bar (首页, 会员卡, 我的), by its label. */
export const tabBarItem = (page: Page, label: string): Locator => page.locator('.taro-tabbar__tabbar .weui-tabbar__item', { hasText: label });

/**
 * 大字模式 on this phone as the switch in 我的 stores it (Taro keeps storage as `{data}`); null forgets
 * it. Pages read it when they load: reload or open the page after.
 */
export const setLargeText = async (page: Page, on: boolean | null): Promise<void> => {
  await page.evaluate((value) => {
    if (value === null) window.localStorage.removeItem('nuanxin.largeText');
    else window.localStorage.setItem('nuanxin.largeText', JSON.stringify({ data: value }));
  }, on);
};
