/**
 * On a phone (360 × 740) the header leaves room for the page: the menu folds behind a 'Menu'
 * button (a <details> disclosure, so it works without JavaScript), while search and the language
 * links stay in view. Checked on one page of every page type the build produced, in every language.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/built-pages.ts';

const baseURL = inject('baseURL');
const { browser } = useBrowser(baseURL);
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/**
 * One page per page type: the route shape without its language prefix (`/en/lessen/x/` and
 * `/lessen/y/` are both `lessen/*`), first for Dutch and then once more for each other language.
 */
function pageTypes(pages: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const path of pages) {
    const lang = path.match(/^\/(en|ar|uk|ti)\//)?.[1] ?? 'nl';
    const parts = path.replace(/^\/(en|ar|uk|ti)\//, '/').split('/').filter(Boolean);
    const shape = parts.map((part, i) => (i === 0 ? part : '*')).join('/');
    const key = lang === 'nl' ? shape : `${lang}:${parts.length === 0 ? '' : parts[0]}`;
    if (!chosen.has(key)) chosen.set(key, path);
  }
  return [...chosen.values(), '/dit-bestaat-niet/'];
}

const types = pageTypes(builtPages());

async function phonePage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  return (await browser().newContext({ baseURL, ...phone, ...options })).newPage();
}

/** What a reader sees of the header and the heading on the first screen. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => (el ? el.getBoundingClientRect() : undefined);
    const h1 = rect(document.querySelector('h1'));
    // checkVisibility() also sees the content of a closed <details> (content-visibility: hidden) as hidden.
    const visible = (el: Element | null) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
    const links = [...document.querySelectorAll('.site-nav__link')];
    return {
      h1: h1 && { top: Math.round(h1.top), bottom: Math.round(h1.bottom) },
      header: Math.round(rect(document.querySelector('header'))!.height),
      menuButton: visible(document.querySelector('.site-menu__button')),
      menuLinksShown: links.filter(visible).length,
      search: visible(document.querySelector('#site-search-q')) && rect(document.querySelector('#site-search-q'))!.bottom <= innerHeight,
      languages: [...document.querySelectorAll('.lang-switch a')].filter((a) => visible(a) && a.getBoundingClientRect().bottom <= innerHeight).length,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('on a phone, 360 × 740', () => {
  it('covers every page type and every language', () => {
    for (const prefix of ['/en/', '/ar/', '/uk/', '/ti/']) expect(types.some((p) => p.startsWith(prefix)), prefix).toBe(true);
    for (const kind of ['/praktijkvoorbeelden/', '/regelingen/', '/zoeken/', '/initiatief-aanmelden/']) expect(types, kind).toContain(kind);
    expect(types.length).toBeGreaterThan(15);
  });

  it('shows the page heading, search and the language links on the first screen, the menu folded behind one button', async () => {
    const page = await phonePage();
    const report: Record<string, unknown> = {};
    for (const path of types) {
      await page.goto(path);
      const seen = await firstScreen(page);
      const ok =
        seen.h1 !== undefined &&
        seen.h1.top >= 0 &&
        seen.h1.bottom <= 740 &&
        seen.menuButton &&
        seen.menuLinksShown === 0 &&
        seen.search &&
        seen.languages === 5 &&
        seen.header < 300 &&
        seen.scrollWidth <= 360;
      if (!ok) report[path] = seen;
    }
    await page.context().close();
    console.log(`Telefoon 360 × 740: ${types.length} paginasoorten gecontroleerd.`);
    expect(report).toEqual({});
  }, 10 * 60_000);

  it('opens the menu and follows a link by keyboard alone', async () => {
    const page = await phonePage();
    await page.goto('/');
    const button = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByText('Menu', { exact: true });
    expect(await button.getAttribute('aria-expanded')).toBeNull(); // a native disclosure: its state is the details' [open]
    // Tab through the header until the Menu button has focus: after the skip link, logo, languages and search.
    let stops = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('site-menu__button')))) {
      await page.keyboard.press('Tab');
      expect(++stops, 'Menu-knop bereikbaar met Tab').toBeLessThan(15);
    }
    expect(await page.locator('.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await page.locator('.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const first = page.locator('.site-nav__link').first();
    expect(await first.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-menu__button'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Space closes it again and opens it once more, as a button does.
    await page.keyboard.press('Space');
    expect(await first.isVisible()).toBe(false);
    await page.keyboard.press('Space');
    expect(await first.isVisible()).toBe(true);

    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBe(await first.getAttribute('href'));
    // The focused link is drawn with the site's focus style: yellow behind dark text.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor)).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });

  it('works without JavaScript', async () => {
    const page = await phonePage({ javaScriptEnabled: false });
    await page.goto('/en/');
    const link = page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Good practices', exact: true });
    expect(await link.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/en\/praktijkvoorbeelden\/$/);
    expect(await page.locator('.site-nav__link[aria-current="page"]').getAttribute('href')).toBe('/en/praktijkvoorbeelden/');
    await page.context().close();
  });

  it('has no axe-core violations with the menu closed and open, in both directions of writing', async () => {
    const page = await phonePage();
    for (const path of ['/', '/ar/', '/ti/', '/praktijkvoorbeelden/', '/initiatief-aanmelden/']) {
      await page.goto(path);
      expect(await axeViolations(page), `${path} dicht`).toEqual([]);
      await page.locator('.site-menu__button').click();
      expect(await axeViolations(page), `${path} open`).toEqual([]);
    }
    await page.context().close();
  }, 5 * 60_000);

  it('keeps the desktop layout on a wide screen: the whole menu in view, no Menu button', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const path of ['/', '/ti/']) {
      await page.goto(path);
      const seen = await firstScreen(page);
      expect(seen.menuButton, path).toBe(false);
      expect(seen.menuLinksShown, path).toBe(await page.locator('.site-nav__link').count());
      // The bar sits under the header row as before, its links side by side.
      const tops = await page.locator('.site-nav__link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(new Set(tops).size, path).toBeLessThanOrEqual(2);
    }
    await context.close();
  });
});
