import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (TOOLCHAIN.md: never `playwright install`), as a phone:
 * 390×844 at 2×, touch, zh-CN, on a fresh profile directory that is removed on close.
 */
export const chromiumPath = process.env.NUANXIN_CHROMIUM ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium floods the closed network with refused connections. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface MobileBrowser {
  context: BrowserContext;
  page: Page;
  /** Closes the browser (killing its process if closing hangs) and removes the profile. */
  close(): Promise<void>;
}

export const launchMobileChromium = async (): Promise<MobileBrowser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's build: \`apt-get install -y chromium fonts-wqy-microhei\` ` +
        '(.ci/run does this), or point NUANXIN_CHROMIUM at a Chromium binary. Never `playwright install`.',
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const browserPid = browserProcessPid(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      const closing = context.close().catch(() => undefined);
      const timedOut = await Promise.race([closing.then(() => false), delay(10000).then(() => true)]);
      if (timedOut && browserPid) killQuietly(browserPid);
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

/**
 * The browser process this test started: a persistent context has no `browser()` to ask, so find the
 * child of this process whose command line names our fresh profile directory (unique per launch).
 */
const browserProcessPid = (profile: string): number | undefined => {
  if (!existsSync('/proc')) return undefined;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const parent = /^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${entry}/stat`, 'utf8'))?.[1];
      if (Number(parent) === process.pid && cmdline.includes(profile)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
};

const killQuietly = (pid: number) => {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
