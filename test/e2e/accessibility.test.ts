import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);


/** Presses Tab `n` times and describes each focused element. */
async function tabThrough(page: Page, n: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
        return `${el.tagName.toLowerCase()}:${label.trim().replace(/\s+/g, ' ')}`;
      }),
    );
  }
  return stops;
}

describe('keyboard only', () => {
  it('reaches skip link, home link, languages, search and menu in reading order', async () => {
    const page = await newPage();
    await page.goto('/');
    const stops = await tabThrough(page, 10);
    expect(stops.slice(0, 10)).toEqual([
      'a:Direct naar de inhoud',
      'a:W Werkpad',
      'a:Nederlands',
      'a:English',
      'a:العربية',
      'a:Українська',
      'a:ትግርኛ',
      'input:Zoek op Werkpad',
      'button:Zoeken',
      'a:Praktijkvoorbeelden',
    ]);
  });

  it('shows a clearly visible focus indicator on every stop', async () => {
    const page = await newPage();
    await page.goto('/praktijkvoorbeelden/');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
      });
      expect(style.outline !== 'none' && style.width >= 2 || style.shadow !== 'none', JSON.stringify(style)).toBe(true);
    }
  });

  it('searches with the keyboard alone and opens a result with Enter', async () => {
    const page = await newPage();
    await page.goto('/');
    await tabThrough(page, 8); // to the search field
    await page.keyboard.type('Einstein');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=Einstein/);
    await page.locator('#search-results a').first().waitFor();
    await page.locator('#search-results a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/praktijkvoorbeelden\//);
  });

  it('uses the Arabic site from the keyboard: switch language, follow the menu', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'العربية' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/$/);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // The menu's first link sits to the right of the second: the layout is mirrored.
    const [first, second] = await page.locator('.site-nav__link').evaluateAll((links) => links.slice(0, 2).map((l) => l.getBoundingClientRect().left));
    expect(first!).toBeGreaterThan(second!);
    // The notice's accent border is at the start side, which is the right in Arabic.
    const border = await page.locator('.translation-notice').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { right: parseFloat(s.borderRightWidth), left: parseFloat(s.borderLeftWidth) };
    });
    expect(border.right).toBeGreaterThan(0);
    expect(border.left).toBe(0);
    await page.locator('.site-nav__link').nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/werken-in-nederland\/$/);
    expect(await page.locator('h1').count()).toBe(1);
  });
});

describe('form layout', () => {
  it.each([
    ['/initiatief-aanmelden/', true],
    ['/initiatief-aanmelden/', false],
    ['/werkgever-aanmelden/', true],
    ['/werkgever-aanmelden/', false],
  ])('gives every label of the form at %s room to be read (JavaScript: %s)', async (path, javaScriptEnabled) => {
    const page = await newPage({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
    await page.goto(path);
    // A label squeezed into a narrow column wraps into a tower of single letters.
    const squeezed = await page.locator('main label').evaluateAll((labels) =>
      labels
        .filter((l) => !l.closest('[aria-hidden="true"]')) // the honeypot, off screen on purpose
        .map((l) => ({ text: (l.textContent ?? '').trim(), box: l.getBoundingClientRect(), line: parseFloat(getComputedStyle(l).lineHeight) || 24 }))
        .filter((l) => l.box.height > 0 && l.box.height > l.line * 4)
        .map((l) => `${l.text.slice(0, 40)} (${Math.round(l.box.width)}×${Math.round(l.box.height)})`),
    );
    expect(squeezed).toEqual([]);
  });
});

describe('motion', () => {
  it('turns transitions off when the user prefers reduced motion', async () => {
    const page = await newPage({ reducedMotion: 'reduce' });
    await page.goto('/');
    const duration = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('a')!).transitionDuration));
    expect(duration).toBeLessThan(0.001);
  });
});

describe('the accessibility check itself', () => {
  it('reports a page that breaks WCAG (so a clean result means something)', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  });
});
