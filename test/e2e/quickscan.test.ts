/**
 * The gemeente quickscan in Chromium: the whole scan with the keyboard alone, the report (its
 * standings and recommendations are what `quickscanReport()` gives for the same answers and day),
 * answers kept in the browser, saving and loading the JSON file, the print layout, the static
 * steps without JavaScript, the links to the scan, and axe-core (WCAG 2.2 AA) on every state.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { quickscanFileSchema, type QuickscanAnswers } from '../../functions/contracts/quickscan.ts';
import { quickscanReport } from '../../site/lib/quickscan.ts';
import { axeViolations, useBrowser, watchForeignRequests } from '../helpers/browser.ts';
import { catalog, quickscanData as data } from '../unit/support/quickscan-content.ts';

const baseURL = inject('baseURL');
const { newPage } = useBrowser(baseURL);

/** Waits for a value in the page; generous, since a loaded machine renders slowly (no timing is asserted). */
const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

/** The reader's day in these tests: the clock is fixed so the report can be computed here too. */
const now = new Date('2026-12-02T10:00:00Z');
const today = new Date('2026-12-02T00:00:00Z');

/** What has focus: `tag#id` or `tag[name=value]`, plus the label text for inputs. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = (el.tagName === 'BUTTON' ? el.textContent : el.labels?.[0]?.textContent)?.trim() ?? '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.type === 'radio' || el.type === 'checkbox' ? `[${el.name}=${el.value}]` : ''}${label ? ` ${label}` : ''}`;
  });

/** Presses Tab until focus matches, at most `limit` times; fails with the stops it made. */
async function tabTo(page: Page, match: RegExp, limit = 80): Promise<void> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (match.test(now)) return;
    stops.push(now);
  }
  throw new Error(`Geen focus op ${match} na ${limit} tabs: ${stops.join(' → ')}`);
}

/** Picks the answer of a radio group with the arrow keys: Tab into the group, then down to it. */
async function chooseRadio(page: Page, question: string, answer: string): Promise<void> {
  await tabTo(page, new RegExp(`^input#qs-vraag-${question}-`));
  for (let i = 0; i < 10; i++) {
    if ((await focused(page)).startsWith(`input#qs-vraag-${question}-${answer}[`)) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.locator(`#qs-vraag-${question}-${answer}`).isChecked()).toBe(true);
}

/** Ticks checkboxes of a question with Tab and Space. */
async function tick(page: Page, question: string, answers: string[]): Promise<void> {
  for (const answer of answers) {
    await tabTo(page, new RegExp(`^input#qs-vraag-${question}-${answer}\\[`), 40);
    await page.keyboard.press('Space');
    expect(await page.locator(`#qs-vraag-${question}-${answer}`).isChecked()).toBe(true);
  }
}

/** Tabs to the step's main button and presses Enter; focus lands on the next heading. */
async function nextStep(page: Page, button: 'Volgende stap' | 'Naar het rapport', heading: string): Promise<void> {
  await tabTo(page, new RegExp(`^button ${button}$`), 60);
  await page.keyboard.press('Enter');
  await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(heading);
}

// An example gemeente: Enschede in Twente, techniek and installatietechniek.
const answers: QuickscanAnswers = {
  regio: 'twente',
  sectoren: ['techniek', 'installatietechniek'],
  leerwerktraject: 'proef',
  werkgevers: 'een-paar',
  opleider: 'in-gesprek',
  'taal-en-werk': 'nee',
  'zicht-op-talent': 'deels',
  knelpunten: ['taal', 'werkgeversrisico', 'versnippering'],
  oplossingen: 'deels',
  'instrumenten-bekend': 'nee',
  vastgelopen: 'ja-bekend',
  'een-plan': 'nee',
  'aan-tafel': 'eenmalig',
  wethouder: 'positief',
  'vroeg-beginnen': 'soms',
  rollen: 'mondeling',
  financiering: 'tijdelijk',
  instrumenten: ['loonkostensubsidie', 'jobcoaching'],
  regionaal: 'deels',
};

/** The whole scan with the keyboard alone; returns on the report. */
async function scanWithKeyboard(page: Page): Promise<void> {
  await page.goto('/quickscan/');
  await page.locator('#qs-stap').waitFor();
  await tabTo(page, /^input#qs-vraag-gemeente/);
  await page.keyboard.type('Enschede');
  await tabTo(page, /^select#qs-vraag-regio/);
  await page.keyboard.type('Twente');
  expect(await page.locator('#qs-vraag-regio').inputValue()).toBe('twente');
  await tick(page, 'sectoren', ['techniek', 'installatietechniek']);
  await nextStep(page, 'Volgende stap', 'Leerwerkaanbod');
  for (const q of ['leerwerktraject', 'werkgevers', 'opleider', 'taal-en-werk', 'zicht-op-talent']) await chooseRadio(page, q, answers[q] as string);
  await nextStep(page, 'Volgende stap', 'Knelpunten');
  await tick(page, 'knelpunten', answers.knelpunten as string[]);
  for (const q of ['oplossingen', 'instrumenten-bekend']) await chooseRadio(page, q, answers[q] as string);
  await nextStep(page, 'Volgende stap', 'Doorbraken');
  for (const q of ['vastgelopen', 'een-plan', 'aan-tafel', 'wethouder', 'vroeg-beginnen']) await chooseRadio(page, q, answers[q] as string);
  await nextStep(page, 'Volgende stap', 'Afspraken en financiering');
  for (const q of ['rollen', 'financiering']) await chooseRadio(page, q, answers[q] as string);
  await tick(page, 'instrumenten', answers.instrumenten as string[]);
  await chooseRadio(page, 'regionaal', answers.regionaal as string);
  await nextStep(page, 'Naar het rapport', 'Rapport quickscan: Enschede');
}

/** What the report shows per part: title, standing and the entries it recommends, in order. */
const shownReport = (page: Page) =>
  page.locator('.qs-part').evaluateAll((parts) =>
    parts.map((part) => ({
      title: part.querySelector('h3')!.textContent!.replace(/^\d+\.\s*/, ''),
      standing: part.querySelector('.qs-standing__label strong')?.textContent ?? null,
      entries: [...part.querySelectorAll('.qs-rec')].map((li) => (li as HTMLElement).dataset.entry!),
    })),
  );

const expectedReport = (given: QuickscanAnswers) =>
  quickscanReport(data, given, catalog, today).parts.map((p) => ({
    title: p.title,
    standing: p.standing?.label ?? null,
    entries: (['praktijkvoorbeelden', 'regelingen', 'knelpunten', 'lessen'] as const).flatMap((c) => p.recommendations[c].map((r) => `${c}/${r.id}`)),
  }));

describe('the scan with the keyboard only', () => {
  it('walks one part per step with progress shown, focus on each step’s heading, to the report that fits the answers', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(now);
    const foreign = watchForeignRequests(page, baseURL);
    await page.goto('/quickscan/');
    expect(await page.locator('.qs-progress [aria-current="step"]').textContent()).toContain('Uw gemeente');
    expect(await page.locator('.finder-step').first().textContent()).toBe('Stap 1 van 5');
    await scanWithKeyboard(page);

    expect(await page.locator('.qs-progress [aria-current="step"]').textContent()).toContain('Rapport');
    expect(await page.locator('.qs-progress__item--done').count()).toBe(5);
    expect(await shownReport(page)).toEqual(expectedReport(answers));
    expect(await page.locator('.qs-context dd').allTextContents()).toEqual(['Twente', 'Techniek, Installatietechniek', '2 december 2026']);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('stops at a missing required answer with an error summary that links to the question', async () => {
    const page = await newPage();
    await page.goto('/quickscan/');
    await page.locator('#qs-stap').waitFor();
    await tabTo(page, /^button Volgende stap$/);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Beantwoord de vraag ‘In welke arbeidsmarktregio ligt uw gemeente?’.',
      'Beantwoord de vraag ‘In welke sectoren zoekt u vooral werk voor statushouders?’.',
    ]);
    expect(await page.locator('#qs-vraag-regio').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#qs-vraag-regio');
    await page.context().close();
  });
});

describe('answers stay in the browser', () => {
  it('sends nothing while scanning, and keeps the answers and the step in this tab across a reload', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(now);
    await page.goto('/quickscan/');
    await page.locator('#qs-stap').waitFor();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.getByLabel('In welke arbeidsmarktregio ligt uw gemeente?').selectOption('zuid-limburg');
    await page.getByRole('checkbox', { name: 'Zorg', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('radio', { name: 'Nee, nog niet' }).first().check();
    expect(requests).toEqual([]);
    const stored = await page.evaluate(() => sessionStorage.getItem('werkpad:quickscan'));
    expect(JSON.parse(stored!)).toMatchObject({ step: 1, file: { answers: { regio: 'zuid-limburg', sectoren: ['zorg'], leerwerktraject: 'nee' } } });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.reload();
    await poll(() => page.locator('#qs-stap').textContent()).toBe('Leerwerkaanbod');
    expect(await page.locator('#qs-vraag-leerwerktraject-nee').isChecked()).toBe(true);
    await page.context().close();
  });

  it('forgets everything with “Opnieuw beginnen”', async () => {
    const page = await newPage();
    await page.goto('/quickscan/');
    await page.evaluate((file) => sessionStorage.setItem('werkpad:quickscan', JSON.stringify({ step: 5, file })), { format: 'werkpad-quickscan', version: 1, answers });
    await page.reload();
    await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
    await poll(() => page.locator('#qs-stap').textContent()).toBe('Uw gemeente');
    expect(await page.locator('#qs-vraag-regio').inputValue()).toBe('');
    expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('werkpad:quickscan')))!)).toMatchObject({ step: 0, file: { answers: {} } });
    await page.context().close();
  });
});

describe('the report', () => {
  it('gives every recommendation its reasons, knelpunten their solutions, and schemes their status for the reader’s day', async () => {
    const page = await newPage();
    // On 10 December 2023 the second ESF+ window was open.
    await page.clock.setFixedTime(new Date('2023-12-10T10:00:00Z'));
    await page.goto('/quickscan/');
    await page.evaluate((file) => sessionStorage.setItem('werkpad:quickscan', JSON.stringify({ step: 5, file })), { format: 'werkpad-quickscan', version: 1, answers: { ...answers, financiering: 'geen' } });
    await page.reload();
    await page.locator('#qs-rapport').waitFor();
    const report = quickscanReport(data, { ...answers, financiering: 'geen' }, catalog, new Date('2023-12-10T00:00:00Z'));
    const esf = report.parts.find((p) => p.part === 'afspraken')!.recommendations.regelingen.find((r) => r.id === 'esf-plus')!;
    expect(esf.status).toBe('open');
    const item = page.locator('.qs-part').filter({ hasText: 'Afspraken en financiering' }).locator('[data-entry="regelingen/esf-plus"]');
    expect(await item.locator('.status').textContent()).toBe('Status: Open');
    expect(await item.locator('.qs-rec__why').textContent()).toContain(esf.reasons[0]!.text);

    for (const rec of await page.locator('.qs-rec').all()) expect(await rec.locator('.qs-rec__why').textContent()).toMatch(/^Waarom: \S/);
    const knelpunt = page.locator('[data-entry="knelpunten/taalbarriere"]').first();
    const solutions = catalog.knelpunten.find((k) => k.id === 'taalbarriere')!.solutions!;
    expect(await knelpunt.locator('.qs-rec__solutions').textContent()).toBe(`Oplossingen die werken: ${solutions.join('; ')}.`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('save and load', () => {
  it('saves the scan as a JSON file that passes the schema, and opens it again in a fresh browser', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.clock.setFixedTime(now);
    await scanWithKeyboard(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan als bestand' }).click()]);
    expect(download.suggestedFilename()).toBe('quickscan-enschede-2026-12-02.json');
    const file = readFileSync((await download.path())!, 'utf8');
    const parsed = quickscanFileSchema(data.parts).parse(JSON.parse(file));
    expect(parsed).toMatchObject({ format: 'werkpad-quickscan', version: 1, savedAt: '2026-12-02', gemeente: 'Enschede', answers });
    const shown = await shownReport(page);
    await page.context().close();

    const fresh = await newPage();
    await fresh.clock.setFixedTime(now);
    await fresh.goto('/quickscan/');
    await fresh.getByLabel('Kies het bestand (.json)').setInputFiles({ name: 'scan.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await poll(() => fresh.getByRole('status').textContent()).toContain('Het bestand is geopend');
    expect(await fresh.locator('#qs-rapport').textContent()).toBe('Rapport quickscan: Enschede');
    expect(await shownReport(fresh)).toEqual(shown);
    await fresh.context().close();
  });

  it('refuses a bad file with a clear Dutch message that names the question, and keeps the scan as it was', async () => {
    const page = await newPage();
    await page.goto('/quickscan/');
    const input = page.getByLabel('Kies het bestand (.json)');
    await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ dit is geen json') });
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Dit bestand kan Werkpad niet openen');
    expect(await alert.textContent()).toContain('Dit is geen JSON-bestand.');

    const wrong = { format: 'werkpad-quickscan', version: 1, answers: { financiering: 'heel-veel' } };
    await input.setInputFiles({ name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
    await poll(() => alert.textContent()).toContain('Bij de vraag ‘Hoe betaalt u het leerwerkaanbod nu?’: dit antwoord bestaat niet bij deze vraag: heel-veel.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.locator('#qs-stap').textContent()).toBe('Uw gemeente');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the report without navigation or controls, with links written out and each part on its own page', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(now);
    await page.goto('/quickscan/');
    await page.evaluate((file) => sessionStorage.setItem('werkpad:quickscan', JSON.stringify({ step: 5, file })), { format: 'werkpad-quickscan', version: 1, gemeente: 'Enschede', answers });
    await page.reload();
    await page.locator('#qs-rapport').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.breadcrumb', '.utrecht-skip-link', '.qs-progress', '.qs-actions', '.qs-load', '.qs-page-intro', '.qs-static-steps']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('#qs-rapport').isVisible()).toBe(true);

    const link = page.locator('.qs-rec a').first();
    const href = (await link.getAttribute('href'))!;
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    const origin = await page.evaluate(() => document.documentElement.dataset.siteOrigin);
    expect(after).toBe(`" (${origin}${href})"`);
    expect(await page.locator('.qs-overview a').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    const breaks = await page.locator('.qs-part').evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
    expect(breaks).toEqual(['page', 'page', 'page', 'page']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('says that the scan needs JavaScript and offers the static steps, which show every question and what each answer leads to', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/quickscan/');
    expect(await page.locator('.qs-noscript').textContent()).toContain('Voor het invullen en het rapport is JavaScript nodig');
    expect(await page.locator('input, select').filter({ visible: true }).count()).toBe(1); // the site search
    const steps = page.locator('.qs-static-list a');
    expect(await steps.count()).toBe(data.parts.length);
    await steps.nth(4).click();
    await page.waitForURL(/\/quickscan\/afspraken\/$/);
    expect(await page.locator('h1').textContent()).toBe('Afspraken en financiering');
    expect(await page.locator('.qs-static-question h2').allTextContents()).toEqual(data.parts[4]!.questions.map((q, i) => `${i + 1}. ${q.text}`));
    const geenGeld = data.rules.find((r) => r.id === 'geen-geld')!;
    const answer = page.locator('.qs-answer').filter({ hasText: 'Antwoord: ‘Er is (nog) geen geld voor’' });
    expect(await answer.locator('.qs-rule').first().textContent()).toContain(geenGeld.reason);
    expect(await answer.locator('.qs-rule a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      ...geenGeld.recommend.regelingen.map((id) => `/regelingen/${id}/`),
      ...geenGeld.recommend.knelpunten.map((id) => `/knelpunten/${id}/`),
    ]);
    expect(await answer.locator('.status').first().textContent()).toMatch(/^Status: /);
    await page.context().close();
  });

  it('lists the regions and sectors Werkpad has practices for on the first static step', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/quickscan/uw-gemeente/');
    const regions = await page.locator('.qs-facet-links').first().locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = [...new Set(catalog.praktijkvoorbeelden.flatMap((p) => p.regions))].filter((r) => r !== 'landelijk');
    expect(regions.sort()).toEqual(expected.map((r) => `/praktijkvoorbeelden/regio/${r}/`).sort());
    await page.context().close();
  });
});

describe('links to the scan', () => {
  it('is linked from the gemeente entry point on the home page and from the funding finder, not from the menu', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/');
    expect(await page.locator('#ep-gemeente').locator('..').locator('a[href="/quickscan/"]').count()).toBe(1);
    expect(await page.locator('.site-nav a[href="/quickscan/"]').count()).toBe(0);
    await page.goto('/en/');
    expect(await page.locator('#ep-gemeente').locator('..').locator('a[href="/quickscan/"]').getAttribute('hreflang')).toBe('nl');
    await page.goto('/financieringswijzer/');
    await page.locator('a[href="/quickscan/"]').click();
    await page.waitForURL(/\/quickscan\/$/);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('has no axe-core violations on any step or the report (the static steps: all-pages.test.ts)', async () => {
    const page = await newPage();
    await page.clock.setFixedTime(now);
    const problems: Record<string, string[]> = {};
    await page.goto('/quickscan/');
    for (let step = 0; step <= data.parts.length; step++) {
      await page.evaluate((s) => sessionStorage.setItem('werkpad:quickscan', JSON.stringify({ step: s, file: { format: 'werkpad-quickscan', version: 1, answers: {} } })), step);
      await page.reload();
      await page.locator(step < data.parts.length ? '#qs-stap' : '#qs-rapport').waitFor();
      const found = await axeViolations(page);
      if (found.length > 0) problems[`stap ${step + 1}`] = found;
    }
    expect(problems).toEqual({});
    await page.context().close();
  }, 240_000);
});
