import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.ts';

let located: Promise<string> | undefined;

/**
 * The Chromium to drive: `CHROME_PATH`, a system Chrome or Chromium, else the one the optional npm
 * package `@sparticuz/chromium` ships (see `scripts/find-chromium.ts`). Tests never download a browser.
 * `npm test` resolves it once and passes it on as `CHROME_PATH`.
 */
export function chromiumPath(): Promise<string> {
  located ??= findChromium().then((l) => l.path);
  return located;
}

/** Starts headless Chromium with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** WCAG 2.2 AA, as axe-core tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and returns its violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are read, so axe need not collect and serialise passes and incomplete results
  // (most of its time on a large page); every rule of the tags still runs.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** Collects requests that leave the site's origin; the site must make none. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * One Chromium for the tests of a file (beforeAll/afterAll), and fresh pages from it: each page
 * in its own context, so cookies and storage never leak between tests.
 */
export function useBrowser(baseURL: string) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser!,
    newPage: async (options: BrowserContextOptions = {}): Promise<Page> => (await browser!.newContext({ baseURL, ...options })).newPage(),
  };
}
