import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/built-pages.ts';

const baseURL = inject('baseURL');
const pages = builtPages();
const { browser: chromiumBrowser } = useBrowser(baseURL);

/** Everything one page must satisfy; returns what it does not. */
async function checkPage(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  const { lang, dir } = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  const expected = path.match(/^\/(en|ar|uk|ti)\//)?.[1] ?? 'nl';
  if (lang !== expected || dir !== (expected === 'ar' ? 'rtl' : 'ltr')) problems.push(`lang=${lang} dir=${dir}, verwacht ${expected}`);
  problems.push(...(await axeViolations(page)));
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems.push(`horizontaal scrollen bij 320 px (breedte ${width})`);
  return problems;
}

describe('every built page, in every language', () => {
  it('covers all languages', () => {
    for (const prefix of ['/en/', '/ar/', '/uk/', '/ti/']) expect(pages.some((p) => p.startsWith(prefix)), prefix).toBe(true);
    expect(pages.length).toBeGreaterThan(100);
  });

  // Three parts (Dutch, English, the other languages), each with its own time limit, so that a
  // slow machine shows where the time goes. Two pages at a time: on two cores more only queue.
  // Measured here on a quiet 2-core machine: about 0.7 s a page (load, axe-core, reflow).
  const parts = {
    'in Dutch': (p: string) => !/^\/(en|ar|uk|ti)\//.test(p),
    'in English': (p: string) => p.startsWith('/en/'),
    'in Arabic, Ukrainian and Tigrinya': (p: string) => /^\/(ar|uk|ti)\//.test(p),
  };
  it.each(Object.entries(parts))(
    'declares language and direction, has zero axe-core violations (WCAG 2.2 AA) and reflows at 320 px: every page %s',
    async (name, inPart) => {
      const report: Record<string, string[]> = {};
      const queue = pages.filter(inPart);
      if (name === 'in Dutch') queue.push('/dit-bestaat-niet/');
      const worker = async () => {
        const page = await (await chromiumBrowser().newContext({ baseURL })).newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const problems = await checkPage(page, path);
          if (path === '/dit-bestaat-niet/') problems.splice(0, 1); // the 404 page is Dutch wherever it answers
          if (problems.length > 0) report[path] = problems;
        }
        await page.context().close();
      };
      await Promise.all([worker(), worker()]);
      expect(report).toEqual({});
    },
    20 * 60_000,
  );
});
