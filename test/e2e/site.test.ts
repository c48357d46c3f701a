import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchForeignRequests } from '../helpers/browser.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);

const freshPage = newPage;
let page: Page;

describe('home page', () => {
  it('explains Werkpad, shows the four action lines and entry points, in Dutch', async () => {
    page = await freshPage();
    const foreign = watchForeignRequests(page, baseURL);
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Statushouders aan het werk');
    expect(await page.locator('.action-lines > li').count()).toBe(4);
    for (const who of ['Voor gemeenten', 'Voor initiatieven', 'Voor werkgevers']) {
      expect(await page.getByRole('heading', { name: who }).count()).toBe(1);
    }
    expect(foreign).toEqual([]);
  });

  it('offers a skip link as the first stop of the keyboard that moves focus to the content', async () => {
    page = await freshPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });

  it('ships no JavaScript on pages that only show content', async () => {
    // List pages with facets, the funding finder and scheme pages (status recomputed for today)
    // carry small scripts; the pages below only show content.
    page = await freshPage();
    for (const path of ['/', '/begrippen/', '/404-bestaat-niet/']) {
      await page.goto(path);
      expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0);
    }
    for (const list of ['/praktijkvoorbeelden/', '/lessen/', '/knelpunten/', '/begrippen/']) {
      await page.goto(list);
      const detail = await page.locator('.card__title a').first().getAttribute('href');
      await page.goto(detail!);
      expect(await page.locator('script:not([type="application/ld+json"])').count(), detail!).toBe(0);
    }
  });

  it('answers an unknown address with the 404 page and status 404', async () => {
    page = await freshPage();
    const response = await page.goto('/dit-bestaat-niet/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
  });
});

describe('collections', () => {
  it('lists every collection and opens a detail page with its sources', async () => {
    page = await freshPage();
    for (const path of ['/praktijkvoorbeelden/', '/regelingen/', '/lessen/', '/knelpunten/', '/begrippen/']) {
      await page.goto(path);
      const cards = page.locator('.card__title a');
      expect(await cards.count(), path).toBeGreaterThanOrEqual(3);
      await cards.first().click();
      await page.waitForURL((url) => url.pathname.startsWith(path) && url.pathname !== path);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('#bronnen').count(), `${page.url()} noemt bronnen`).toBe(1);
    }
  });
});

describe('search', () => {
  it('finds a practice from the header search field and opens it', async () => {
    page = await freshPage();
    await page.goto('/');
    await page.getByLabel('Zoek op Werkpad').fill('Einstein');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/zoeken\/\?q=Einstein/);
    const first = page.locator('#search-results a').first();
    await first.waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ resultat/);
    await page.locator('#search-results a', { hasText: 'Einstein' }).first().click();
    await page.waitForURL(/\/praktijkvoorbeelden\/plan-einstein\/$/);
    expect(await page.locator('h1').textContent()).toContain('Einstein');
  });

  it('filters by sector and keeps the filter in the shareable URL', async () => {
    page = await freshPage();
    await page.goto('/zoeken/');
    const zorg = page.getByRole('checkbox', { name: /^Zorg \(\d+\)$/ });
    await zorg.check();
    await page.waitForURL(/sector=Zorg/);
    await page.locator('#search-results a').first().waitFor();
    const urls = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.length).toBeGreaterThan(0);
    // Every result really is about care: its page lists the sector.
    for (const url of urls) {
      const detail = await freshPage();
      await detail.goto(url);
      expect(await detail.locator('.facts').textContent(), url).toContain('Zorg');
      await detail.context().close();
    }
    // The URL alone restores the same filtered view.
    const shared = await freshPage();
    await shared.goto(page.url());
    await shared.locator('#search-results a').first().waitFor();
    expect(await shared.getByRole('checkbox', { name: /^Zorg/ }).isChecked()).toBe(true);
    expect(await shared.locator('#search-results a').count()).toBe(urls.length);
  });

  it('narrows a text search with the type filter', async () => {
    page = await freshPage();
    await page.goto('/zoeken/?q=statushouders&type=Begrip');
    await page.locator('#search-results a').first().waitFor();
    const types = await page.locator('#search-results .meta-line').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Begrip']));
  });
});
