/**
 * Every kind of detail page prints cleanly on A4 (site/styles/print.css): in emulated print media
 * there is no header, menu, search, language switch, breadcrumb or footer, the content is there,
 * and every link in it is written out after its text, site links with the site's origin.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/built-pages.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);
const pages = builtPages();

/** The first detail page of each collection, and a funding finder result page. */
const samples = [
  ...['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten', 'begrippen'].map((c) => pages.find((p) => new RegExp(`^/${c}/[^/]+/$`).test(p) && !/\/(sector|regio|actielijn|aanpak|doelgroep|bewijskracht|status|soort|betaalt-voor|aanvrager|voor)\//.test(p))!),
  '/financieringswijzer/gemeente/leerwerktraject/',
];

describe('print layout of detail pages', () => {
  it.each(samples)('%s prints without site chrome, with its links written out', async (path) => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.utrecht-skip-link', '.site-header', '.site-nav', '.site-search', '.lang-switch', '.breadcrumb', '.site-footer']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('h1').isVisible()).toBe(true);

    const origin = await page.evaluate(() => document.documentElement.dataset.siteOrigin);
    expect(origin).toMatch(/^https?:\/\//);
    const links = await page.locator('main a[href]:not([href^="#"])').evaluateAll((anchors) =>
      anchors
        .filter((a) => (a as HTMLElement).offsetParent !== null)
        .map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.after, link.href).toBe(`" (${link.href.startsWith('/') ? origin : ''}${link.href})"`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('keeps a card or a list of facts on one page and headings with what follows', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(samples[1]!);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.facts').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    expect(await page.locator('main h2').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.context().close();
  });
});
