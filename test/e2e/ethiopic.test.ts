/**
 * Tigrinya renders in real glyphs, from the site's own Noto Sans Ethiopic, also on a system without
 * an Ethiopic font (Debian's Chromium here has none: `fc-list ':charset=1200'` lists nothing).
 * Without the site's font every Ge'ez syllable is the same empty box, so these tests fail.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/built-pages.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);
const tigrinyaPages = builtPages().filter((p) => p.startsWith('/ti/'));

/** Loads a page in a fresh context (empty cache) and lists the font files it fetched. */
async function open(path: string): Promise<{ page: Page; fonts: { url: string; bytes: number }[] }> {
  const page = await newPage();
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'css' && /\.woff2?$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: e.name, bytes: e.encodedBodySize })),
  );
  return { page, fonts };
}

/**
 * Draws every distinct Ethiopic character the page shows, one at a time, in the font of the text
 * around it. Real glyphs differ from one another; missing ones are all the same box.
 */
function drawEthiopic(page: Page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 64;
    const ctx = canvas.getContext('2d')!;
    const seen = new Map<string, string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], script, style') || parent.getClientRects().length === 0) continue;
      const style = getComputedStyle(parent);
      for (const ch of node.textContent ?? '') {
        if (seen.has(ch) || !/\p{Script=Ethiopic}/u.test(ch)) continue;
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = `400 32px ${style.fontFamily}`;
        ctx.fillText(ch, 8, 44);
        seen.set(ch, canvas.toDataURL());
      }
    }
    return { characters: seen.size, distinctImages: new Set(seen.values()).size };
  });
}

/** The platform fonts Chromium used for the text of the page's h1 (DevTools protocol). */
async function headingFonts(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('Tigrinya in the Ethiopic script', () => {
  it('has Tigrinya pages to check', () => {
    expect(tigrinyaPages).toContain('/ti/');
    expect(tigrinyaPages.length).toBeGreaterThanOrEqual(4);
  });

  it('draws every Ge\'ez character of every Tigrinya page as a real glyph from the site\'s own font', async () => {
    const problems: Record<string, unknown> = {};
    for (const path of tigrinyaPages) {
      const { page, fonts } = await open(path);
      const drawn = await drawEthiopic(page);
      const heading = await headingFonts(page);
      const ethiopicInHeading = [...((await page.locator('h1').textContent()) ?? '')].filter((c) => /\p{Script=Ethiopic}/u.test(c)).length;
      const ownFont = heading.filter((f) => f.isCustomFont && f.familyName === 'Noto Sans Ethiopic').reduce((n, f) => n + f.glyphCount, 0);
      const faces = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Ethiopic' && f.status === 'loaded').length,
      );
      const ok =
        drawn.characters > 10 &&
        drawn.distinctImages === drawn.characters &&
        ethiopicInHeading > 0 &&
        ownFont >= ethiopicInHeading &&
        faces >= 1 &&
        fonts.length > 0 &&
        fonts.every((f) => f.url.startsWith(`${baseURL}/_astro/ethiopic-`) && f.url.endsWith('.woff2')) &&
        // The site's own text is covered by its subset: the large reserve file stays unfetched.
        !fonts.some((f) => f.url.includes('ethiopic-rest'));
      if (!ok) problems[path] = { drawn, heading, ethiopicInHeading, faces, fonts };
      await page.context().close();
    }
    expect(problems).toEqual({});
  }, 5 * 60_000);

  it('fetches only the few glyphs of the language switch on a page without Tigrinya text', async () => {
    for (const path of ['/', '/en/', '/praktijkvoorbeelden/']) {
      const { page, fonts } = await open(path);
      // 'ትግርኛ' in the language switch is the only Ethiopic text: one file of about a kilobyte.
      expect(fonts.map((f) => new URL(f.url).pathname), path).toEqual([expect.stringMatching(/^\/_astro\/ethiopic-names\.[\w-]+\.woff2$/)]);
      expect(fonts[0]!.bytes, path).toBeLessThan(2048);
      const drawn = await drawEthiopic(page);
      expect(drawn, path).toEqual({ characters: 4, distinctImages: 4 });
      await page.context().close();
    }
  }, 3 * 60_000);

  it('ships the font\'s licence (SIL Open Font License) with the site', async () => {
    const response = await fetch(`${baseURL}/fonts/noto-sans-ethiopic/OFL.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(text).toContain('The Noto Project Authors');
  });
});
