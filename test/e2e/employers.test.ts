import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/server.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { readOutbox } from '../helpers/outbox.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';

const MODERATOR = 'e2e-moderator-token-werkgevers-01';
/**
 * Generous limits: every confirmation, change and departure rebuilds the whole site in the
 * background while the browser works, and the CI machine may be small. Nothing waits a fixed time
 * except the form's time trap.
 */
const TEST_MS = 300_000;
const STEP_MS = 90_000;

/**
 * The employer register in a real browser, on a server of its own that rebuilds its own copy of
 * the site: register without and with JavaScript, open the mail from the outbox, confirm, find
 * the employer in the register after the rebuild, change the entry (and lose a race cleanly),
 * leave, ask for a lost link, moderate; axe (WCAG 2.2 AA) on every page on the way.
 */
let browser: Browser;
let server: RunningServer;
let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'werkpad-employers-'));
  cpSync(builtSiteDir, path.join(scratch, 'site'), { recursive: true });
  server = await startServer({
    port: 0,
    dataDir: path.join(scratch, 'data'),
    siteDir: path.join(scratch, 'site'),
    quiet: true,
    rebuild: true,
    env: { ADMIN_TOKEN: MODERATOR, FORM_MIN_FILL_SECONDS: '1', RATE_LIMIT_PER_MINUTE: '0' },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function newPage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  context.setDefaultTimeout(STEP_MS);
  return context.newPage();
}

/** The newest mail to `address` with a link to `page` (`bevestigen`, `beheren`), as a path with its fragment. */
function linkInMail(address: string, page: 'bevestigen' | 'beheren'): string {
  const mails = readOutbox(server.config.dataDir).filter((m) => m.headers.to?.includes(address));
  for (const mail of mails.reverse()) {
    const match = new RegExp(`https?://[^/\\s]+(/werkgevers/${page}/#(?:token|confirm)=[A-Za-z0-9_-]+)`).exec(mail.text);
    if (match) return match[1]!;
  }
  throw new Error(`Geen mail met een ${page}-link aan ${address}`);
}

const NO_JS = { name: 'Bakkerij Zonder Script', kvk: '51000001', email: 'noor@bakkerij.example.org', phone: '06 12345678' };
const WITH_JS = { name: 'Zorggroep Met Script', kvk: '51000002', email: 'jan@zorg.example.org' };
const employerIds: Record<string, string> = {};

async function fillValid(page: Page, who: { name: string; kvk: string; email: string; phone?: string }, sector: string) {
  await page.fill('#f-name', who.name);
  await page.fill('#f-kvk', who.kvk);
  await page.fill('#f-description', `${who.name} leidt statushouders op in het vak, met een vaste begeleider.`);
  await page.check('#f-offers-leerwerkplek');
  await page.check(`#f-sectors-${sector}`);
  await page.check('#f-regions-twente');
  await page.check('#f-languageLevel-A2');
  await page.fill('#f-contact-name', 'Noor Proef');
  await page.fill('#f-contact-email', who.email);
  if (who.phone) await page.fill('#f-contact-phone', who.phone);
  await page.check('#f-consent');
}

/**
 * axe on a page as a browser without JavaScript shows it. axe itself runs as a script, which a
 * context without JavaScript cannot do, so the page's HTML is shown again in a context with
 * JavaScript, as it looked: its scripts removed and its `<noscript>` content unwrapped.
 */
async function axeWithoutScript(page: Page): Promise<string[]> {
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<\/?noscript>/g, '');
  const viewer = await newPage();
  const url = new URL('/__zonder-javascript__/', server.url).href;
  await viewer.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await viewer.goto(url);
  const violations = await axeViolations(viewer);
  await viewer.context().close();
  return violations;
}

const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

/** Waits until the rebuilt site serves `path` with `status` (the register rebuilds after each change, within 60 s). */
async function waitForPage(pathname: string, status: number, contains?: string): Promise<string> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < 180_000) {
    const res = await fetch(`${server.url}${pathname}`);
    last = await res.text();
    if (res.status === status && (!contains || last.includes(contains))) return last;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${pathname} gaf niet ${status}${contains ? ` met "${contains}"` : ''} binnen 180 s`);
}

describe('registering', () => {
  it('works without JavaScript: errors come back on the same page with the values kept, then the thanks page', async () => {
    const page = await newPage(false);
    await page.goto('/werkgever-aanmelden/');
    expect(await axeWithoutScript(page)).toEqual([]);
    await fillValid(page, { ...NO_JS, kvk: '5100000A' }, 'horeca');
    await page.waitForTimeout(1100); // the time trap asks for a human pace
    const [wrong] = await Promise.all([page.waitForNavigation(), page.click('.employer-form button[type="submit"]')]);
    expect(wrong?.status()).toBe(422);
    expect(await page.title()).toMatch(/^Er is een probleem: /);
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Het KvK-nummer bestaat uit precies 8 cijfers, zonder letters of spaties, zoals 12345678',
    ]);
    expect(await page.locator('#f-kvk-error').textContent()).toMatch(/precies 8 cijfers/);
    expect(await page.locator('#f-name').inputValue()).toBe(NO_JS.name);
    expect(await page.locator('#f-offers-leerwerkplek').isChecked()).toBe(true);
    expect(await page.locator('#f-contact-phone').inputValue()).toBe(NO_JS.phone);
    expect(await axeWithoutScript(page)).toEqual([]);

    await page.fill('#f-kvk', NO_JS.kvk);
    await page.check('#f-consent');
    await page.waitForTimeout(1100);
    await Promise.all([page.waitForURL(/\/werkgever-aanmelden\/bedankt\/$/), page.click('.employer-form button[type="submit"]')]);
    expect(await page.locator('h1').textContent()).toBe('Bevestig uw inschrijving');
    expect(await axeWithoutScript(page)).toEqual([]);
    expect(linkInMail(NO_JS.email, 'bevestigen')).toMatch(/#token=/);
  }, TEST_MS);

  it('works with JavaScript: checked in the browser with focus on the summary, then sent as JSON', async () => {
    const page = await newPage();
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
    await page.goto('/werkgever-aanmelden/');
    await hydrated(page);
    await fillValid(page, { ...WITH_JS, kvk: '5100002' }, 'zorg');
    await page.click('.employer-form button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(posts).toEqual([]); // the browser caught it; nothing was sent
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-kvk');

    await page.fill('#f-kvk', WITH_JS.kvk);
    await page.locator('.choice-group__fold summary').click();
    await page.check('#f-skills-verzorgen');
    await Promise.all([page.waitForURL(/\/werkgever-aanmelden\/bedankt\/$/), page.click('.employer-form button[type="submit"]')]);
    expect(posts).toEqual(['/api/employers']);
    expect(linkInMail(WITH_JS.email, 'bevestigen')).toMatch(/#token=/);
  }, TEST_MS);

  it('speaks English on the English form', async () => {
    const page = await newPage();
    await page.goto('/en/werkgever-aanmelden/');
    await hydrated(page);
    await page.click('.employer-form button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary h2').textContent()).toBe('There is a problem');
    expect(await page.locator('#f-kvk-error').textContent()).toBe('Enter the KvK number');
    expect(await page.locator('#f-offers-error').textContent()).toMatch(/^Choose at least one/);
    expect(await axeViolations(page)).toEqual([]);
  }, TEST_MS);
});

describe('confirming from the mail', () => {
  it('works without JavaScript: the page asks for the link from the mail and confirms it', async () => {
    const link = linkInMail(NO_JS.email, 'bevestigen');
    const page = await newPage(false);
    await page.goto(link);
    expect(await page.locator('h2').first().textContent()).toBe('Bevestigen zonder JavaScript');
    expect(await axeWithoutScript(page)).toEqual([]);
    await page.fill('#f-link', `${server.url}${link}`);
    const [answer] = await Promise.all([page.waitForNavigation(), page.click('.employer-verify__paste button[type="submit"]')]);
    expect(answer?.status()).toBe(200);
    expect(await page.locator('[data-outcome="verified"]').textContent()).toContain('Uw inschrijving is bevestigd.');
    expect(await axeWithoutScript(page)).toEqual([]);
  }, TEST_MS);

  it('works with JavaScript: one button confirms; the same link again is used and changes nothing', async () => {
    const link = linkInMail(WITH_JS.email, 'bevestigen');
    const page = await newPage();
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(new URL(r.url()).pathname));
    await page.goto(link);
    const button = page.getByRole('button', { name: 'Ja, bevestig mijn inschrijving' });
    await button.waitFor();
    expect(posts).toEqual([]); // opening the link alone (as a mail scanner does) confirms nothing
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    const done = page.locator('[data-outcome="verified"]');
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-outcome');
    expect(new URL(page.url()).hash).toBe(''); // the token leaves the address bar
    expect(await axeViolations(page)).toEqual([]);

    const again = await newPage();
    await again.goto(link);
    await again.getByRole('button', { name: 'Ja, bevestig mijn inschrijving' }).click();
    const gone = again.locator('[data-outcome="gone"]');
    await gone.waitFor();
    expect(await gone.textContent()).toContain('Deze link is al gebruikt of verlopen. Er is niets veranderd.');
    expect(await axeViolations(again)).toEqual([]);
  }, TEST_MS);
});

describe('the public register', () => {
  it('lists both employers after the rebuild, with a page each that shows company data only', async () => {
    const list = await waitForPage('/werkgevers/', 200, WITH_JS.name);
    expect(list).toContain(NO_JS.name);
    const page = await newPage();
    await page.goto('/werkgevers/');
    expect(await axeViolations(page)).toEqual([]);
    for (const who of [NO_JS, WITH_JS]) {
      const href = await page.locator('.card__title a', { hasText: who.name }).getAttribute('href');
      employerIds[who.kvk] = /\/werkgevers\/([a-z0-9]+)\/$/.exec(href!)![1]!;
    }

    const detail = await newPage();
    await detail.goto(`/werkgevers/${employerIds[NO_JS.kvk]}/`);
    expect(await detail.locator('h1').textContent()).toBe(NO_JS.name);
    expect(await detail.locator('[data-confirmed]').textContent()).toMatch(/^Bevestigd op \d{1,2} \w+ \d{4}$/);
    expect(await detail.locator('.facts').textContent()).toContain(NO_JS.kvk);
    const html = await detail.content();
    for (const personal of [NO_JS.email, NO_JS.phone, 'Noor Proef']) expect(html).not.toContain(personal);
    expect(await axeViolations(detail)).toEqual([]);

    await detail.goto(`/en/werkgevers/${employerIds[WITH_JS.kvk]}/`);
    expect(await detail.locator('[data-confirmed]').textContent()).toMatch(/^Confirmed on /);
    expect(await axeViolations(detail)).toEqual([]);
  }, TEST_MS);

  it('filters: a pre-built page per value without JavaScript, combinations with JavaScript', async () => {
    const noJs = await newPage(false);
    await noJs.goto('/werkgevers/sector/zorg/');
    expect(await noJs.locator('.card__title').allTextContents()).toEqual([WITH_JS.name]);
    expect(await axeWithoutScript(noJs)).toEqual([]);
    // Someone with Dutch at B1 can start at both (they ask A2); nobody asks less than A0.
    await noJs.goto('/werkgevers/taalniveau/B1/');
    expect((await noJs.locator('.card__title').allTextContents()).sort()).toEqual([NO_JS.name, WITH_JS.name].sort());
    expect((await fetch(`${server.url}/werkgevers/taalniveau/A1/`)).status).toBe(404);

    const page = await newPage();
    await page.goto('/werkgevers/?sector=horeca&regio=twente');
    await page.locator('form[data-facet-form]:not([hidden])').waitFor();
    const shown = await page.locator('[data-facet-list] > li:not([hidden]) .card__title').allTextContents();
    expect(shown).toEqual([NO_JS.name]);
    expect(await axeViolations(page)).toEqual([]);
  }, TEST_MS);

  it('is in search, the sitemap and the open data, without contact data', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/werkgevers/${employerIds[NO_JS.kvk]}/</loc>`);
    expect(sitemap).toContain('/en/werkgevers/sector/zorg/</loc>');

    const json = (await (await fetch(`${server.url}/data/werkgevers.json`)).json()) as { count: number; items: Record<string, unknown>[] };
    expect(json.count).toBe(2);
    expect(json.items.map((i) => i.kvk).sort()).toEqual([NO_JS.kvk, WITH_JS.kvk]);
    const csv = await (await fetch(`${server.url}/data/werkgevers.csv`)).text();
    expect(csv).toContain(NO_JS.name);
    for (const text of [JSON.stringify(json), csv]) for (const personal of [NO_JS.email, WITH_JS.email, NO_JS.phone, 'Noor Proef']) expect(text).not.toContain(personal);

    const page = await newPage();
    await page.goto(`/zoeken/?q=${encodeURIComponent('Bakkerij')}`);
    await page.locator('#search-results a').first().waitFor();
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`/werkgevers/${employerIds[NO_JS.kvk]}/`);
  }, TEST_MS);
});

describe('managing an entry', () => {
  it('changes the entry through the manage link; the register follows after the rebuild', async () => {
    const page = await newPage();
    await page.goto(linkInMail(NO_JS.email, 'beheren'));
    await page.locator('[data-status]').waitFor();
    expect(await page.locator('[data-status]').textContent()).toBe('In het openbare register');
    expect(await page.locator('#f-kvk').getAttribute('readonly')).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#f-description', 'Wij bakken brood en leiden statushouders op tot bakker.');
    await page.check('#f-offers-startbaan');
    await page.click('.employer-form button[type="submit"]');
    await page.getByRole('status').filter({ hasText: 'opgeslagen' }).waitFor();
    await waitForPage(`/werkgevers/${employerIds[NO_JS.kvk]}/`, 200, 'leiden statushouders op tot bakker');
  }, TEST_MS);

  it('refuses a change made on an older version with a clear message, and overwrites nothing', async () => {
    const link = linkInMail(NO_JS.email, 'beheren');
    const first = await newPage();
    const second = await newPage();
    for (const page of [first, second]) {
      await page.goto(link);
      await page.locator('[data-status]').waitFor();
    }
    await first.fill('#f-name', 'Bakkerij Eerste Wijziging');
    await first.click('.employer-form button[type="submit"]');
    await first.getByRole('status').filter({ hasText: 'opgeslagen' }).waitFor();

    await second.fill('#f-name', 'Bakkerij Tweede Wijziging');
    await second.click('.employer-form button[type="submit"]');
    const conflict = second.getByRole('alert').filter({ hasText: 'Er is niets overschreven' });
    await conflict.waitFor();
    expect(await second.evaluate(() => document.activeElement?.classList.contains('manage-notice'))).toBe(true);
    expect(await second.locator('#f-name').inputValue()).toBe('Bakkerij Eerste Wijziging'); // the newest data, loaded again
    const api = (await (await fetch(`${server.url}/api/employers?limit=100`)).json()) as { items: { kvk: string; name: string }[] };
    expect(api.items.find((e) => e.kvk === NO_JS.kvk)?.name).toBe('Bakkerij Eerste Wijziging');
    expect(await axeViolations(second)).toEqual([]);
  }, TEST_MS);

  it('leaves the register after a confirmation in the page; the company is gone at once from the API and after the rebuild from the site', async () => {
    const page = await newPage();
    await page.goto(linkInMail(NO_JS.email, 'beheren'));
    await page.locator('[data-status]').waitFor();
    await page.getByRole('button', { name: 'Uitschrijven' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Weet u het zeker?');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, schrijf mijn bedrijf uit' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Uw bedrijf is uitgeschreven' });
    await done.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const api = (await (await fetch(`${server.url}/api/employers?limit=100`)).json()) as { items: { kvk: string }[] };
    expect(api.items.map((e) => e.kvk)).not.toContain(NO_JS.kvk);
    await waitForPage(`/werkgevers/${employerIds[NO_JS.kvk]}/`, 404);
    expect(await (await fetch(`${server.url}/werkgevers/`)).text()).not.toContain('Bakkerij');

    // The link is spent.
    const again = await newPage();
    await again.goto(linkInMail(NO_JS.email, 'beheren'));
    await again.getByRole('alert').filter({ hasText: 'Deze inschrijving bestaat niet meer' }).waitFor();
  }, TEST_MS);

  it("asks for a lost link with the same answer whether or not the entry exists; a real one gets a mail", async () => {
    const before = readOutbox(server.config.dataDir).length;
    const answers: string[] = [];
    for (const [kvk, email] of [['59999999', 'niemand@example.org'], [WITH_JS.kvk, WITH_JS.email]]) {
      const page = await newPage();
      await page.goto('/werkgevers/beheren/');
      await page.locator('#f-lost-kvk').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#f-lost-kvk', kvk!);
      await page.fill('#f-lost-email', email!);
      await page.getByRole('button', { name: 'Nieuwe beheerlink sturen' }).click();
      const sent = page.getByRole('status');
      await sent.waitFor();
      answers.push((await sent.textContent()) ?? '');
    }
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).toMatch(/^Als het KvK-nummer en het e-mailadres bij een inschrijving horen/);
    const mails = readOutbox(server.config.dataDir).slice(before);
    expect(mails.map((m) => m.headers.to)).toEqual([expect.stringContaining(WITH_JS.email)]);
  }, TEST_MS);
});

describe('moderation of the register', () => {
  it('shows the registrations per status with their audit trail, and hides and restores with a reason', async () => {
    const page = await newPage();
    await page.goto('/moderatie/');
    await page.fill('#moderator-token', MODERATOR);
    await page.click('button[type="submit"]:has-text("Inloggen")');
    await page.getByRole('button', { name: 'Inschrijvingen van werkgevers' }).click();
    await page.getByRole('button', { name: `Bekijken: ${WITH_JS.name}` }).click();
    await page.locator('h2', { hasText: WITH_JS.name }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain(WITH_JS.email); // contact data, for moderators only
    expect(await page.locator('.history-table tbody tr').count()).toBe(2); // registered, verified
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Verbergen' }).click();
    expect(await page.locator('#employer-reason-error').textContent()).toBeTruthy(); // a reason is required
    await page.fill('#employer-reason', 'De website noemt geen plekken voor statushouders.');
    await page.getByRole('button', { name: 'Verbergen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verborgen.' }).waitFor();
    expect(await page.locator('[data-status]').textContent()).toBe('Verborgen');
    expect(await page.locator('.history-table tbody tr').count()).toBe(3);
    const mail = readOutbox(server.config.dataDir).filter((m) => m.headers.to?.includes(WITH_JS.email)).at(-1)!;
    expect(mail.text).toContain('De website noemt geen plekken voor statushouders.');

    await page.getByRole('button', { name: 'Terugzetten in het register' }).click();
    await page.getByRole('status').filter({ hasText: 'Teruggezet.' }).waitFor();
    expect(await page.locator('.history-table tbody tr').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.getByRole('button', { name: 'Uitgeschreven' }).click();
    // Only the company that left (renamed by its manage test) is in this tab; the list of the previous
    // tab is never shown under it.
    await page.locator('.moderation-list .card', { hasText: `KvK ${NO_JS.kvk}` }).getByRole('button', { name: /^Bekijken: / }).click();
    await page.locator('.facts', { hasText: 'verwijderd: de werkgever heeft zich uitgeschreven' }).waitFor();
    expect(await page.locator('[data-status]').textContent()).toBe('Uitgeschreven');
  }, TEST_MS);
});
