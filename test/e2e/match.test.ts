import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { importVerifiedEmployers } from '../../functions/adapters/dynamodb/employers-repository.ts';
import { seededEmployer } from '../../functions/domain/employer-rules.ts';
import { startServer, type RunningServer } from '../../scripts/server.ts';
import { seedEmployers } from '../../scripts/seed.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';

/**
 * 'Werk zoeken' in a real browser, in Dutch and in Arabic, with and without JavaScript, on a
 * server of its own with a few hundred synthetic employers and one that fits the test profile
 * best; axe (WCAG 2.2 AA) on the form, the results and the messages.
 */
let browser: Browser;
let server: RunningServer;
let scratch: string;

const best = seededEmployer(
  'e2ebestfit222222',
  {
    name: 'Aanloop Zorghuis Rotterdam',
    kvk: '81000001',
    regions: ['rijnmond'],
    sectors: ['zorg'],
    offers: ['leerwerkplek', 'taalbuddy'],
    languageLevel: 'A2',
    skills: ['verzorgen', 'koken', 'schoonmaken'],
    contact: { name: 'Contactpersoon Proef', email: 'proef@example.org' },
  },
  new Date('2026-11-01T09:00:00.000Z'),
);

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-match-e2e-'));
  server = await startServer({ port: 0, dataDir: path.join(scratch, 'data'), siteDir: builtSiteDir, quiet: true, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  await seedEmployers(0, 400);
  await importVerifiedEmployers([best]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function newPage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  return context.newPage();
}

/** axe on the page as it shows without JavaScript: the same HTML, scripts removed, in a context that can run axe. */
async function axeWithoutScript(page: Page): Promise<string[]> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
  const viewer = await newPage(true);
  const url = new URL('/__zonder-javascript__/', server.url).href;
  await viewer.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await viewer.goto(url);
  const violations = await axeViolations(viewer);
  await viewer.context().close();
  return violations;
}

const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

async function fillProfile(page: Page, skills = 'verzorgende, Koken, schoonmaker') {
  await page.selectOption('#m-region', 'rijnmond');
  await page.check('#m-languageLevel-A2');
  await page.check('#m-sectors-zorg');
  await page.fill('#m-skills', skills);
  await page.check('#m-offers-leerwerkplek');
}

const firstEmployer = (page: Page) => page.locator('#m-employers-title + ol > li').first();

// axe on the full form takes a while on a small, busy machine; nothing here waits a fixed time.
describe('Werk zoeken in Dutch', { timeout: 240_000 }, () => {
  it('shows the ranked results with reasons and links, with JavaScript, and keeps the profile out of the address', async () => {
    const page = await newPage(true);
    await page.goto('/werk-zoeken/');
    await hydrated(page);
    expect(await page.locator('.site-nav a[href="/werk-zoeken/"]').getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(page)).toEqual([]);
    await fillProfile(page);
    await page.click('.match-form button[type="submit"]');
    await page.waitForSelector('#m-results-title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaten');
    expect(await firstEmployer(page).locator('h4 a').textContent()).toBe('Aanloop Zorghuis Rotterdam');
    expect(await firstEmployer(page).locator('h4 a').getAttribute('href')).toBe(`/werkgevers/${best.id}/`);
    expect(await firstEmployer(page).locator('.match-score').textContent()).toBe('Past voor 100 van de 100');
    expect(await firstEmployer(page).locator('.match-reason').allTextContents()).toContain('Past: Uw vaardigheden passen: Verzorgen, Koken, Schoonmaken.');
    expect(await page.locator('#m-practices-title + ol > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#m-schemes-title + ol a').first().getAttribute('href')).toMatch(/^\/regelingen\/[a-z0-9-]+\/$/);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/werk-zoeken/');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the same results without JavaScript, the form posted and the values kept', async () => {
    const page = await newPage(false);
    await page.goto('/werk-zoeken/');
    expect(await axeWithoutScript(page)).toEqual([]);
    await fillProfile(page);
    const [response] = await Promise.all([page.waitForNavigation(), page.click('.match-form button[type="submit"]')]);
    expect(response?.status()).toBe(200);
    expect(response?.request().method()).toBe('POST');
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/forms/werk-zoeken');
    expect(await page.title()).toMatch(/^Resultaten: Werk zoeken/);
    expect(await firstEmployer(page).locator('h4 a').textContent()).toBe('Aanloop Zorghuis Rotterdam');
    expect(await firstEmployer(page).locator('.match-reason').first().textContent()).toBe('Past: In uw arbeidsmarktregio Rijnmond.');
    expect(await page.locator('#m-region').inputValue()).toBe('rijnmond');
    expect(await page.locator('#m-skills').inputValue()).toBe('verzorgende, Koken, schoonmaker');
    expect(await page.locator('#m-sectors-zorg').isChecked()).toBe(true);
    expect(await axeWithoutScript(page)).toEqual([]);
    await page.context().close();
  });

  it('answers a wrong profile with the error summary and the message at the field, with and without JavaScript', async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => `woord${i}`).join(', ');
    for (const js of [true, false]) {
      const page = await newPage(js);
      await page.goto('/werk-zoeken/');
      if (js) await hydrated(page);
      await fillProfile(page, tooMany);
      if (js) {
        await page.click('.match-form button[type="submit"]');
        await page.waitForSelector('.error-summary');
        expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      } else {
        const [response] = await Promise.all([page.waitForNavigation(), page.click('.match-form button[type="submit"]')]);
        expect(response?.status()).toBe(422);
      }
      expect(await page.locator('.error-summary a').allTextContents()).toEqual(['Noem hooguit 50 vaardigheden']);
      expect(await page.locator('#m-skills-error').textContent()).toBe('Noem hooguit 50 vaardigheden');
      expect(await page.locator('#m-region').inputValue()).toBe('rijnmond');
      expect(js ? await axeViolations(page) : await axeWithoutScript(page)).toEqual([]);
      await page.context().close();
    }
  });
});

describe('Werk zoeken in Arabic', { timeout: 240_000 }, () => {
  it('reads right to left, says the translation is unreviewed, and explains the results in Arabic with JavaScript', async () => {
    const page = await newPage(true);
    await page.goto('/ar/werk-zoeken/');
    await hydrated(page);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('.translation-notice').count()).toBe(1);
    expect(await page.locator('.site-nav a[href="/ar/werk-zoeken/"]').textContent()).toBe('البحث عن عمل');
    expect(await axeViolations(page)).toEqual([]);
    await fillProfile(page);
    await page.click('.match-form button[type="submit"]');
    await page.waitForSelector('#m-results-title');
    expect(await page.locator('#m-results-title').textContent()).toBe('النتائج');
    expect(await firstEmployer(page).locator('.match-reason').first().textContent()).toBe('مناسب: في منطقة سوق العمل الخاصة بك: Rijnmond.');
    expect(await firstEmployer(page).locator('h4').getAttribute('lang')).toBe('nl');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('posts the form without JavaScript and answers in Arabic, in the same page', async () => {
    const page = await newPage(false);
    await page.goto('/ar/werk-zoeken/');
    expect(await axeWithoutScript(page)).toEqual([]);
    await fillProfile(page);
    const [response] = await Promise.all([page.waitForNavigation(), page.click('.match-form button[type="submit"]')]);
    expect(response?.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/forms/werk-zoeken?lang=ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await firstEmployer(page).locator('.match-score').textContent()).toBe('مناسب بنسبة 100 من 100');
    expect(await firstEmployer(page).locator('.match-reason').nth(1).textContent()).toBe('مناسب: القطاع: الرعاية الصحية.');
    expect(await axeWithoutScript(page)).toEqual([]);

    // A wrong profile comes back with the message in Arabic.
    await page.fill('#m-skills', Array.from({ length: 51 }, (_, i) => `w${i}`).join(','));
    const [wrong] = await Promise.all([page.waitForNavigation(), page.click('.match-form button[type="submit"]')]);
    expect(wrong?.status()).toBe(422);
    expect(await page.locator('#m-skills-error').textContent()).toBe('اذكر 50 مهارة على الأكثر');
    expect(await axeWithoutScript(page)).toEqual([]);
    await page.context().close();
  });
});

describe('Werk zoeken in English, Ukrainian and Tigrinya', { timeout: 240_000 }, () => {
  it('exists with the form in the page’s language, linked from the menu, without axe violations', async () => {
    const page = await newPage(true);
    for (const [lang, heading, submit] of [
      ['en', 'Find work', 'Search'],
      ['uk', 'Пошук роботи', 'Шукати'],
      ['ti', 'ስራሕ ምድላይ', 'ድለ'],
    ] as const) {
      await page.goto(`/${lang}/werk-zoeken/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('.match-form button[type="submit"]').textContent()).toBe(submit);
      expect(await page.locator(`.site-nav a[href="/${lang}/werk-zoeken/"]`).count()).toBe(1);
      expect(await axeViolations(page), lang).toEqual([]);
    }
    await page.context().close();
  });
});
