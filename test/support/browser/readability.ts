import type { Locator, Page } from 'playwright-core';

/**
 * The page the Taro H5 router is showing. Pages under it on the stack and other tabs are shaded
 * (display: none), but only once the open transition has ended; until then the new page, the last
 * one in the DOM, is the one to look at.
 */
export const shownPageSelector = '.taro_page.taro_page_show:not(.taro_page_shade)';

export const shownPage = (page: Page): Locator => page.locator(shownPageSelector).last();

/** Resolves once at most one page is shown: no open transition is under way (pages without Taro: at once). */
export const pageSettled = async (page: Page): Promise<void> => {
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length <= 1, shownPageSelector);
};

export interface SampledText {
  text: string;
  fontSizePx: number;
  /** The text's element: tag and classes, to find it in the source. */
  where: string;
}

/**
 * Every visible, non-blank text node under `root` (the last match; the shown page by default) with its computed font
 * size: what a worker actually reads, not what a stylesheet hopes. Text inside inputs (values and
 * placeholders) is sampled from the input element.
 */
export const sampleVisibleText = async (page: Page, root = shownPageSelector): Promise<SampledText[]> => {
  await pageSettled(page);
  return page.evaluate((rootSelector) => {
    const matches = document.querySelectorAll(rootSelector);
    const base = matches[matches.length - 1];
    if (!base) throw new Error(`no element matches ${rootSelector}`);
    const where = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const seen = (element: Element) => {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const samples: { text: string; fontSizePx: number; where: string }[] = [];
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || !seen(parent)) continue;
      samples.push({ text: text.slice(0, 40), fontSizePx: parseFloat(getComputedStyle(parent).fontSize), where: where(parent) });
    }
    base.querySelectorAll('input, textarea').forEach((input) => {
      const field = input as HTMLInputElement;
      const text = field.value || field.placeholder;
      if (!text || !seen(field)) return;
      samples.push({ text: text.slice(0, 40), fontSizePx: parseFloat(getComputedStyle(field).fontSize), where: where(field) });
    });
    return samples;
  }, root);
};

/** Samples smaller than `minPx`, for a failure message that says which text and where. */
export const textSmallerThan = (samples: SampledText[], minPx: number): SampledText[] =>
  samples.filter((sample) => sample.fontSizePx < minPx);

export const medianFontSize = (samples: SampledText[]): number => {
  const sizes = samples.map((sample) => sample.fontSizePx).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
};

export interface TargetSize {
  name: string;
  count: number;
  /** The shortest of the matched (visible) elements, in CSS px. */
  minHeightPx: number;
}

/** Height of every visible element each locator matches: the part of a tap target a thumb has to hit. */
export const targetHeights = async (targets: Record<string, Locator>): Promise<TargetSize[]> => {
  const sizes: TargetSize[] = [];
  for (const [name, locator] of Object.entries(targets)) {
    const heights: number[] = [];
    for (const element of await locator.all()) {
      const box = await element.boundingBox();
      if (box && box.width > 0) heights.push(box.height);
    }
    sizes.push({ name, count: heights.length, minHeightPx: heights.length ? Math.min(...heights) : 0 });
  }
  return sizes;
};
