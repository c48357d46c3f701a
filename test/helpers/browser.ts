import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
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

/** axe-core's browser build, read once per test file. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page and returns its violations in a readable form.
 *
 * axe-core runs in the page itself (injected once per document). `@axe-core/playwright` took about
 * 2 s a page here, because it runs axe in parts and finishes each run in a freshly opened page; the
 * site has no frames, so one `axe.run` on the document sees the same and takes about 0.3 s. Only
 * violations are collected; every rule of the WCAG tags still runs.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
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
