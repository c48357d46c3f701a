import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** One page of every template: home, each list, a detail page of each collection, search, 404. */
async function templatePages(): Promise<string[]> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  const paths = ['/', '/zoeken/?q=werk', '/404-voorbeeld/'];
  for (const list of ['/praktijkvoorbeelden/', '/regelingen/', '/lessen/', '/knelpunten/', '/begrippen/']) {
    paths.push(list);
    await page.goto(list);
    paths.push((await page.locator('.card__title a').first().getAttribute('href'))!);
  }
  await page.close();
  return paths;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violations on any page template', async () => {
    const page = await (await browser.newContext({ baseURL })).newPage();
    const report: Record<string, string[]> = {};
    for (const path of await templatePages()) {
      await page.goto(path);
      if (path.startsWith('/zoeken/')) await page.locator('#search-results a').first().waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) report[path] = violations;
    }
    expect(report).toEqual({});
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  it('needs no horizontal scrolling at 320 CSS pixels on any page template', async () => {
    const context = await browser.newContext({ baseURL, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: Record<string, number> = {};
    for (const path of await templatePages()) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide[path] = width;
    }
    expect(wide).toEqual({});
  });
});

describe('the accessibility check itself', () => {
  it('reports a page that breaks WCAG (so a clean result means something)', async () => {
    const page = await (await browser.newContext({ baseURL })).newPage();
    await page.goto('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });
});
