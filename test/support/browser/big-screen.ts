import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './mobile-chromium';

/**
 * Chromium as the big screen at a drive: 1920×1080 at 1×, no touch, zh-CN. Launched like the phone
 * (Debian's Chromium, a fresh profile removed on close, no background networking).
 */
export interface BigScreen {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export const launchBigScreen = async (): Promise<BigScreen> => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bigscreen-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await Promise.race([context.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10000).unref())]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
