import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { pageSettled, shownPageSelector } from './readability';

const repoRoot = path.resolve(__dirname, '../../..');
const maxHeightPx = 8000;

/**
 * How tall the content is. Taro H5 scrolls inside the shown `.taro_page`, not the document, so
 * Playwright's `fullPage` would stop at the first screen; other pages (dev panel) scroll the document.
 * Measured from the page root's children, not its scrollHeight: the root has `min-height: 100vh`, which
 * would grow with every taller viewport.
 */
const contentHeight = (page: Page): Promise<number> =>
  page.evaluate((shown) => {
    const shownPages = document.querySelectorAll(shown);
    const taroPage = shownPages[shownPages.length - 1];
    // Every page's root is PageShell's `.nx-shell` (under a pull-to-refresh wrapper on some pages).
    const root = taroPage?.querySelector('.nx-shell') ?? taroPage?.firstElementChild;
    if (!taroPage || !root) return Math.ceil(document.scrollingElement?.scrollHeight ?? window.innerHeight);
    const top = taroPage.getBoundingClientRect().top - taroPage.scrollTop;
    let bottom = 0;
    for (const child of Array.from(root.children)) {
      const style = getComputedStyle(child);
      if (style.position === 'fixed' || style.display === 'none') continue;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom + parseFloat(style.marginBottom || '0'));
    }
    bottom += parseFloat(getComputedStyle(root).paddingBottom || '0');
    const tabBar = document.querySelector('.taro-tabbar__tabbar');
    const tabBarHeight = tabBar ? tabBar.getBoundingClientRect().height : 0;
    return Math.ceil(bottom - top + tabBarHeight);
  }, shownPageSelector);

/**
 * A long screenshot starts at the top: taps scroll the page (and sometimes the overflow-hidden document,
 * which scrolls programmatically all the same) to bring their target into view.
 */
const scrollToTop = (page: Page) =>
  page.evaluate((shown) => {
    document.querySelectorAll(shown).forEach((element) => element.scrollTo(0, 0));
    document.scrollingElement?.scrollTo(0, 0);
    document.body.scrollTo(0, 0);
  }, shownPageSelector);

/** Resolves after the browser has laid out and painted at least once more. */
const nextPaint = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Numbered whole-page screenshots under test-output/e2e/<flow>/ (gitignored), emptied at the start so a
 * reader never mistakes an old picture for this run's.
 */
export const screenshotsFor = (flow: string) => {
  const dir = path.join(repoRoot, 'test-output', 'e2e', flow);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    /**
     * `shoot(page, '03-join-error')` → test-output/e2e/<flow>/03-join-error.png, the whole content: the
     * phone is made as tall as the page for the picture (like a long screenshot), then put back.
     */
    shoot: async (page: Page, name: string): Promise<string> => {
      const file = path.join(dir, `${name}.png`);
      const viewport = page.viewportSize();
      await pageSettled(page);
      try {
        // Content can settle a little after the phone grows (late images, wrapped lines): grow until it fits.
        for (let round = 0; viewport && round < 4; round += 1) {
          const height = Math.min(await contentHeight(page), maxHeightPx);
          if (height <= (page.viewportSize()?.height ?? 0)) break;
          await page.setViewportSize({ width: viewport.width, height });
          await nextPaint(page);
        }
        await scrollToTop(page);
        await nextPaint(page);
        // Animations off: a toast or a dialog caught mid-fade makes a misleading picture.
        await page.screenshot({ path: file, animations: 'disabled', fullPage: true });
      } finally {
        if (viewport) {
          await page.setViewportSize(viewport);
          await nextPaint(page);
        }
      }
      return file;
    },
  };
};
