import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);

describe('languages', () => {
  it('switches a detail page to English and shows the Dutch text with a notice in English', async () => {
    const page = await newPage();
    await page.goto('/praktijkvoorbeelden/plan-einstein/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/praktijkvoorbeelden\/plan-einstein\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.translation-notice').textContent()).toContain('has not been translated yet');
    expect(await page.getAttribute('article', 'lang')).toBe('nl');
    expect(await page.locator('.site-nav__link').first().textContent()).toBe('Good practices');
  });

  it('names every language in itself and links alternates with hreflang', async () => {
    const page = await newPage();
    await page.goto('/werken-in-nederland/');
    const names = await page.locator('.lang-switch a').evaluateAll((links) => links.map((a) => `${a.getAttribute('lang')}:${a.textContent}`));
    expect(names).toEqual(['nl:Nederlands', 'en:English', 'ar:العربية', 'uk:Українська', 'ti:ትግርኛ']);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
    );
    expect(alternates).toEqual([
      'nl /werken-in-nederland/', 'en /en/werken-in-nederland/', 'ar /ar/werken-in-nederland/',
      'uk /uk/werken-in-nederland/', 'ti /ti/werken-in-nederland/', 'x-default /werken-in-nederland/',
    ]);
  });

  it('sends a reader to the start page of a language the page does not exist in', async () => {
    const page = await newPage();
    await page.goto('/regelingen/');
    expect(await page.getByRole('link', { name: 'Українська' }).getAttribute('href')).toBe('/uk/');
  });

  it('marks translations that no native speaker has reviewed, in their own language', async () => {
    const page = await newPage();
    for (const lang of ['ar', 'uk', 'ti']) {
      await page.goto(`/${lang}/privacy/`);
      expect(await page.locator('.translation-notice').count(), lang).toBe(1);
    }
    await page.goto('/privacy/');
    expect(await page.locator('.translation-notice').count()).toBe(0);
  });

  it('searches each language in its own index', async () => {
    const page = await newPage();
    await page.goto('/uk/zoeken/?q=%D1%80%D0%BE%D0%B1%D0%BE%D1%82%D0%B0'); // "робота" (work)
    await page.locator('#search-results a').first().waitFor();
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith('/uk/'), href).toBe(true);
  });
});

describe('translated entries', () => {
  it('shows the English translation of a term where one exists, marked as not yet reviewed', async () => {
    const page = await newPage();
    await page.goto('/en/begrippen/statushouder/');
    expect(await page.locator('h1').textContent()).toBe('Statushouder (refugee with a residence permit)');
    expect(await page.locator('.translation-notice').allTextContents()).toEqual(['This translation has not yet been checked by a native speaker.']);
    expect(await page.getAttribute('article', 'lang')).toBeNull();
  });
});
