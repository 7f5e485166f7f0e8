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

/** DESIGN.md: body text ≥ 16px, touch targets ≥ 44px. */
export const minFontPx = 16;
export const minTargetPx = 44;

export interface ReadabilityOptions {
  /** How many texts a checked screen shows at least (more than this many). */
  moreTextsThan?: number;
  /** A tap target that matches nothing fails too (the check is not vacuous). */
  targetsMustExist?: boolean;
}

/**
 * The checks a browser test makes on the screens a worker reads — text ≥ 16px, tap targets ≥ 44px —
 * with what they measured kept in `measured`, for the run's summary line.
 */
export const readabilityChecks = ({ moreTextsThan = 5, targetsMustExist = false }: ReadabilityOptions = {}) => {
  const measured: Record<string, unknown> = {};
  return {
    measured,
    /** Every visible text on the shown page is at least 16px; resolves with the samples. */
    expectReadable: async (page: Page, what: string): Promise<SampledText[]> => {
      const samples = await sampleVisibleText(page);
      measured[what] = { texts: samples.length, smallestPx: Math.min(...samples.map((sample) => sample.fontSizePx)), medianPx: medianFontSize(samples) };
      expect(samples.length).toBeGreaterThan(moreTextsThan);
      expect({ what, tooSmall: textSmallerThan(samples, minFontPx) }).toEqual({ what, tooSmall: [] });
      return samples;
    },
    /** Every target is at least 44px high; `what` names the screen in failures. Resolves with the sizes. */
    expectTappable: async (targets: Record<string, Locator>, what?: string): Promise<TargetSize[]> => {
      const sizes = await targetHeights(targets);
      measured[what ? `${what} tap targets (min px)` : `tap targets (min px) ${Object.keys(targets).join(',')}`] = Object.fromEntries(
        sizes.map((size) => [size.name, Math.round(size.minHeightPx)]),
      );
      for (const size of sizes) {
        const tooShort = (targetsMustExist && size.count === 0) || size.minHeightPx < minTargetPx;
        expect({ ...(what ? { what } : {}), ...size, tooShort }).toMatchObject({ ...(what ? { what } : {}), name: size.name, tooShort: false });
      }
      return sizes;
    },
  };
};
