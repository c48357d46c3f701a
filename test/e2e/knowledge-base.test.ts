/**
 * The knowledge base as a reader uses it in Chromium: the funding finder with and without
 * JavaScript, facets through the URL, the bottleneck guide, glossary links, the figures page,
 * scheme statuses recomputed in the browser, JSON-LD, robots.txt and the open-data page.
 * Expectations come from the markdown in content/, read here on its own, never from the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { z } from 'zod';
import { bottleneckSchema, practiceSchema, schemeSchema, termSchema } from '../../functions/contracts/content.ts';
import { findSchemes, type FinderScheme } from '../../functions/domain/funding-finder.ts';
import { schemeStatus } from '../../functions/domain/scheme-status.ts';
import { practiceColumns, schemeColumns } from '../../site/lib/open-data.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseURL = inject('baseURL');

/** A collection from content/, parsed with the build's own schema. */
function read<S extends z.ZodType>(folder: string, schema: S): { id: string; data: z.infer<S> }[] {
  const dir = path.join('content', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!;
      return { id: f.slice(0, -3), data: schema.parse(load(front)) };
    });
}
const practices = read('praktijkvoorbeelden', practiceSchema);
const schemes = read('regelingen', schemeSchema);
const bottlenecks = read('knelpunten', bottleneckSchema);
const terms = read('begrippen', termSchema);
const finderSchemes: FinderScheme[] = schemes.map((s) => ({ id: s.id, ...s.data }));
const statusLabel: Record<string, string> = { open: 'Open', gesloten: 'Gesloten', doorlopend: 'Doorlopend', verwacht: 'Verwacht', onbekend: 'Onbekend' };

const { newPage } = useBrowser(baseURL);

/** The day the build computed statuses for, as the exports state it. */
async function buildDay(): Promise<Date> {
  const data = (await (await fetch(new URL('/data/regelingen.json', baseURL))).json()) as { generated: string };
  return new Date(`${data.generated}T00:00:00Z`);
}

const pathOf = (href: string | null) => new URL(href ?? '', baseURL).pathname;
const cardPaths = (page: Page) =>
  page.locator('.card-list > li:visible .card__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('funding finder without JavaScript', () => {
  it('walks from "who are you" via "what to fund" to a result page with the fitting schemes and their status', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/financieringswijzer/');
    expect(await page.locator('input[type="radio"]').count()).toBe(0);
    await page.getByRole('link', { name: 'Werkgever', exact: true }).click();
    await page.waitForURL(/\/financieringswijzer\/werkgever\/$/);
    expect(await page.locator('h1').textContent()).toBe('Wat wilt u financieren?');
    await page.getByRole('link', { name: /^Loonkosten/ }).click();
    await page.waitForURL(/\/financieringswijzer\/werkgever\/loonkosten\/$/);

    const today = await buildDay();
    const expected = findSchemes(finderSchemes, { applicant: 'werkgever', purpose: 'loonkosten' }, { today }).results;
    expect(expected.map((r) => r.id)).toContain('loonkostensubsidie');
    const names = await page.locator('.finder-result .card__title').allTextContents();
    expect(names).toEqual(expected.map((r) => r.name));
    const lks = page.locator('#regeling-loonkostensubsidie');
    const lksData = schemes.find((s) => s.id === 'loonkostensubsidie')!.data;
    expect(await lks.locator('.status').textContent()).toBe(`Status: ${statusLabel[schemeStatus(lksData.windows, lksData.ongoing, today)]}`);
    expect(await lks.locator('.finder-reason').first().textContent()).toContain('Werkgevers kunnen dit aanvragen');
    await page.context().close();
  });

  it('lists on every result page the schemes the finder gives, and the pairs that combine', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const today = await buildDay();
    const answer = findSchemes(finderSchemes, { applicant: 'gemeente', purpose: 'leerwerktraject' }, { today });
    await page.goto('/financieringswijzer/gemeente/leerwerktraject/');
    expect(await page.locator('.finder-result').evaluateAll((els) => els.map((e) => e.id))).toEqual(answer.results.map((r) => `regeling-${r.id}`));
    const pairs = await page.locator('.finder-combinations li').evaluateAll((items) =>
      items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace('#regeling-', ''))),
    );
    expect(answer.combinations.length).toBeGreaterThan(0);
    expect(pairs).toEqual(answer.combinations);
    await page.context().close();
  });
});

describe('funding finder with JavaScript', () => {
  it('answers on one screen, keeps the choice in the URL and restores it on reload', async () => {
    const page = await newPage();
    await page.goto('/financieringswijzer/');
    const status = page.getByRole('status');
    await page.getByRole('radio', { name: 'Gemeente' }).check();
    await expect.poll(() => status.textContent()).toContain('Kies wie u bent');
    await page.getByRole('radio', { name: 'Leerwerktraject' }).check();
    await page.waitForURL(/\?wie=gemeente&wat=leerwerktraject$/);

    const today = await buildDay();
    const all = findSchemes(finderSchemes, { applicant: 'gemeente', purpose: 'leerwerktraject' }, { today }).results;
    await expect.poll(() => status.textContent()).toBe(`${all.length} regelingen passen.`);
    expect(await page.locator('.finder-result .card__title').allTextContents()).toEqual(all.map((r) => r.name));

    await page.getByLabel(/Voor welke doelgroep/).selectOption('nieuwkomers');
    await page.waitForURL(/doelgroep=nieuwkomers/);
    const narrowed = findSchemes(finderSchemes, { applicant: 'gemeente', purpose: 'leerwerktraject', targetGroup: 'nieuwkomers' }, { today }).results;
    await expect.poll(() => page.locator('.finder-result .finder-fit').allTextContents()).toEqual(
      narrowed.map((r) => ({ exact: 'Past bij uw keuze', 'doelgroep-niet-genoemd': 'Doelgroep niet genoemd', 'andere-aanvrager': 'Via een andere aanvrager' })[r.fit]),
    );

    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Leerwerktraject' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Gemeente' }).isChecked()).toBe(true);
    expect(await page.getByLabel(/Voor welke doelgroep/).inputValue()).toBe('nieuwkomers');
    expect(await page.locator('.finder-result .card__title').allTextContents()).toEqual(narrowed.map((r) => r.name));
    await page.context().close();
  });

  it('computes each status for the reader’s day, not the build’s', async () => {
    const page = await newPage();
    const day = new Date('2023-12-15T10:00:00Z');
    await page.clock.setFixedTime(day);
    await page.goto('/financieringswijzer/?wie=gemeente&wat=begeleiding');
    const expected = findSchemes(finderSchemes, { applicant: 'gemeente', purpose: 'begeleiding' }, { today: new Date('2023-12-15T00:00:00Z') }).results;
    expect(expected.find((r) => r.id === 'esf-plus')?.status).toBe('open');
    await expect.poll(() => page.locator('#regeling-esf-plus .status').textContent()).toBe('Status: Open');
    expect(await page.locator('.finder-result .status').allTextContents()).toEqual(expected.map((r) => `Status: ${statusLabel[r.status]}`));
    await page.context().close();
  });
});

describe('scheme status in the browser', () => {
  it('updates the badge on the detail and list pages when today’s status differs from the build’s', async () => {
    const esf = schemes.find((s) => s.id === 'esf-plus')!.data;
    const built = schemeStatus(esf.windows, esf.ongoing, await buildDay());
    expect(built).not.toBe('open');
    const plain = await newPage({ javaScriptEnabled: false });
    await plain.goto('/regelingen/esf-plus/');
    expect(await plain.locator('article .status').textContent()).toBe(`Status: ${statusLabel[built]}`);
    await plain.context().close();

    const page = await newPage();
    await page.clock.setFixedTime(new Date('2023-12-15T10:00:00Z'));
    await page.goto('/regelingen/esf-plus/');
    await expect.poll(() => page.locator('article .status').textContent()).toBe('Status: Open');
    expect(await page.locator('article [data-status-date]').textContent()).toContain('15 december 2023');
    await page.goto('/regelingen/');
    const card = page.locator('.card', { has: page.locator('a[href="/regelingen/esf-plus/"]') });
    await expect.poll(() => card.locator('.status').textContent()).toBe('Status: Open');
    await page.context().close();
  });
});

describe('facets', () => {
  const withValue = (field: 'sectors' | 'regions', value: string) => practices.filter((p) => (p.data[field] as string[]).includes(value));

  it('gives every single facet value its own page that lists only matching cards, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/praktijkvoorbeelden/');
    const zorg = withValue('sectors', 'zorg');
    await page.getByRole('link', { name: `Zorg (${zorg.length})` }).click();
    await page.waitForURL(/\/praktijkvoorbeelden\/sector\/zorg\/$/);
    expect((await cardPaths(page)).sort()).toEqual(zorg.map((p) => `/praktijkvoorbeelden/${p.id}/`).sort());
    expect(await page.locator('.facet-link[aria-current="page"]').textContent()).toBe(`Zorg (${zorg.length})`);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);

    await page.goto('/en/praktijkvoorbeelden/sector/zorg/');
    expect((await cardPaths(page)).sort()).toEqual(zorg.map((p) => `/en/praktijkvoorbeelden/${p.id}/`).sort());
    expect(await page.locator('h1').textContent()).toBe('Good practices with sector: Healthcare');

    const instruments = schemes.filter((s) => s.data.kind === 'instrument');
    await page.goto('/regelingen/soort/instrument/');
    expect((await cardPaths(page)).sort()).toEqual(instruments.map((s) => `/regelingen/${s.id}/`).sort());
    await page.context().close();
  });

  it('combines facets from the URL query, keeps them on change and after a reload', async () => {
    // A sector and a region whose combination narrows the sector's list without emptying it.
    const pair = practices
      .flatMap((p) => p.data.sectors.flatMap((s) => p.data.regions.map((r) => ({ s, r }))))
      .map(({ s, r }) => ({ s, r, both: withValue('sectors', s).filter((p) => p.data.regions.includes(r)) }))
      .find(({ s, both }) => both.length > 0 && both.length < withValue('sectors', s).length)!;
    expect(pair).toBeDefined();
    const page = await newPage();
    await page.goto(`/praktijkvoorbeelden/?sector=${pair.s}&regio=${pair.r}`);
    const expected = pair.both.map((p) => `/praktijkvoorbeelden/${p.id}/`).sort();
    await expect.poll(async () => (await cardPaths(page)).sort()).toEqual(expected);
    expect(await page.getByRole('status').textContent()).toBe(`${expected.length} van ${practices.length} getoond.`);
    const regionBox = page.locator(`input[name="regio"][value="${pair.r}"]`);
    expect(await regionBox.isChecked()).toBe(true);

    await regionBox.uncheck();
    await page.waitForURL((url) => url.search === `?sector=${pair.s}`);
    await expect.poll(async () => (await cardPaths(page)).length).toBe(withValue('sectors', pair.s).length);

    await regionBox.check();
    await page.waitForURL((url) => url.search === `?sector=${pair.s}&regio=${pair.r}`);
    await page.reload();
    await expect.poll(async () => (await cardPaths(page)).sort()).toEqual(expected);
    expect(await page.locator(`input[name="sector"][value="${pair.s}"]`).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await page.waitForURL((url) => url.search === '');
    expect((await cardPaths(page)).length).toBe(practices.length);
    await page.context().close();
  });
});

describe('bottleneck guide', () => {
  it('lists for each audience the knelpunten it feels, with their solutions and carrying practices', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/knelpunten/');
    const guides = await page.locator('.audience-nav a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(guides).toEqual(['werkgever', 'gemeente', 'statushouder', 'opleider'].map((a) => `/knelpunten/voor/${a}/`));
    for (const audience of ['werkgever', 'gemeente', 'statushouder', 'opleider'] as const) {
      await page.goto(`/knelpunten/voor/${audience}/`);
      const felt = bottlenecks.filter((b) => b.data.feltBy.includes(audience));
      expect(await page.locator('.guide-item h2').allTextContents(), audience).toEqual(
        felt.map((b) => b.data.title).sort((a, b) => a.localeCompare(b, 'nl')),
      );
      for (const b of felt) {
        const item = page.locator('.guide-item', { has: page.locator(`a[href="/knelpunten/${b.id}/"]`) });
        expect(await item.locator('.guide-solutions dt').count(), b.id).toBe(b.data.solutions.length);
        const carriers = new Set([...b.data.practices, ...practices.filter((p) => p.data.bottlenecks.includes(b.id)).map((p) => p.id)]);
        const linked = await item.locator('a[href^="/praktijkvoorbeelden/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(linked.sort(), b.id).toEqual([...carriers].map((id) => `/praktijkvoorbeelden/${id}/`).sort());
      }
    }
    await page.context().close();
  });
});

describe('glossary links', () => {
  it('links the first use of a term on a practice page to its definition, and only once', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/praktijkvoorbeelden/pilot-betaald-werk-vanuit-azc/');
    // The body text outside headings (the linker leaves headings alone), and where each link starts in it.
    const { text, links } = await page.locator('article .prose').first().evaluate((prose) => {
      let text = '';
      const links: { href: string; text: string; title: string | null; at: number }[] = [];
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName)) return;
        if (node instanceof HTMLAnchorElement && node.classList.contains('glossary-link')) {
          links.push({ href: node.getAttribute('href')!, text: node.textContent!, title: node.getAttribute('title'), at: text.length });
        }
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
        node.childNodes.forEach(walk);
      };
      walk(prose);
      return { text, links };
    });
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map((l) => l.href)).size).toBe(links.length);
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const uses = (word: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => m.index);
    for (const l of links) {
      expect(uses(l.text)[0], l.text).toBe(l.at);
      const id = l.href.match(/^\/begrippen\/([^/]+)\/$/)![1]!;
      expect(l.title).toBe(terms.find((t) => t.id === id)!.data.definition);
    }
    // At least one linked term is used again later on the page, unlinked.
    expect(links.some((l) => uses(l.text).length > 1)).toBe(true);

    const first = links[0]!;
    await page.locator(`article .prose a.glossary-link[href="${first.href}"]`).click();
    await page.waitForURL((url) => url.pathname === first.href);
    const term = terms.find((t) => first.href === `/begrippen/${t.id}/`)!;
    expect(await page.locator('h1').textContent()).toBe(term.data.term);
    // A term's own page does not link to itself.
    expect(await page.locator(`.prose a.glossary-link[href="${first.href}"]`).count()).toBe(0);
    await page.context().close();
  });
});

describe('in cijfers', () => {
  const tally = (lists: readonly (readonly (string | number)[])[]) => {
    const counts: Record<string, number> = {};
    for (const list of lists) for (const id of list.length === 0 ? ['onbekend'] : new Set(list.map(String))) counts[id] = (counts[id] ?? 0) + 1;
    return counts;
  };
  const table = async (page: Page, id: string) =>
    Object.fromEntries(
      await page.locator(`#${id}-tabel tbody tr`).evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-id'), Number(r.querySelector('td')!.textContent)])),
    ) as Record<string, number>;

  it('draws four accessible SVG charts whose tables match the content, without JavaScript', async () => {
    const page = await newPage();
    await page.goto('/in-cijfers/');
    expect(await page.locator('svg.bar-chart[role="img"]').count()).toBe(4);
    for (const svg of await page.locator('svg.bar-chart').all()) {
      expect(await svg.getAttribute('aria-labelledby')).toMatch(/-titel .*-beschrijving$/);
    }
    expect(await page.locator('script').count()).toBe(0);
    expect(await table(page, 'per-sector')).toEqual(tally(practices.map((p) => p.data.sectors)));
    expect(await table(page, 'per-regio')).toEqual(tally(practices.map((p) => p.data.regions)));
    const lines = tally(practices.map((p) => p.data.actionLines));
    expect(await table(page, 'per-actielijn')).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, ...lines });
    const today = await buildDay();
    const statuses = tally(schemes.map((s) => [schemeStatus(s.data.windows, s.data.ongoing, today)]));
    expect(await table(page, 'per-status')).toEqual({ open: 0, gesloten: 0, doorlopend: 0, verwacht: 0, onbekend: 0, ...statuses });
    await page.context().close();
  });
});

describe('machine-readable', () => {
  const jsonLdOf = async (page: Page, path: string) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, path).toHaveLength(1);
    return JSON.parse(blocks[0]!) as Record<string, unknown>;
  };

  it('puts parseable schema.org JSON-LD on every kind of detail page and the glossary', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const practice = practices[0]!;
    const ld = await jsonLdOf(page, `/praktijkvoorbeelden/${practice.id}/`);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Project', name: practice.data.title });
    expect(pathOf(ld.url as string)).toBe(`/praktijkvoorbeelden/${practice.id}/`);
    expect(await jsonLdOf(page, `/regelingen/${schemes[0]!.id}/`)).toMatchObject({ '@type': 'GovernmentService', name: schemes[0]!.data.name });
    expect(await jsonLdOf(page, `/knelpunten/${bottlenecks[0]!.id}/`)).toMatchObject({ '@type': 'CreativeWork', name: bottlenecks[0]!.data.title });
    expect(await jsonLdOf(page, '/lessen/via-pilots-leren-en-werken/')).toMatchObject({ '@type': 'Report' });
    expect(await jsonLdOf(page, `/begrippen/${terms[0]!.id}/`)).toMatchObject({ '@type': 'DefinedTerm', name: terms[0]!.data.term });
    const set = await jsonLdOf(page, '/begrippen/');
    expect(set).toMatchObject({ '@type': 'DefinedTermSet' });
    expect((set.hasDefinedTerm as unknown[]).length).toBe(terms.length);
    await page.context().close();
  });

  it('shows combinations both ways on the scheme pages', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const named = schemes.flatMap((s) => s.data.combinesWith.map((other) => [s.id, other] as const));
    expect(named.length).toBeGreaterThan(0);
    for (const [a, b] of named) {
      for (const [from, to] of [[a, b], [b, a]]) {
        await page.goto(`/regelingen/${from}/`);
        expect(await page.locator(`#combineren ~ ul a[href="/regelingen/${to}/"]`).count(), `${from} → ${to}`).toBe(1);
      }
    }
    await page.context().close();
  });

  it('serves robots.txt with the absolute sitemap URL, and the sitemap names the English versions', async () => {
    const robots = await (await fetch(new URL('/robots.txt', baseURL))).text();
    const line = robots.split('\n').find((l) => l.startsWith('Sitemap: '));
    expect(new URL(line!.slice('Sitemap: '.length)).pathname).toBe('/sitemap.xml');
    const sitemap = await (await fetch(new URL('/sitemap.xml', baseURL))).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const path of ['/en/financieringswijzer/gemeente/loonkosten/', '/praktijkvoorbeelden/sector/zorg/', '/en/in-cijfers/', '/open-data/', '/en/knelpunten/voor/opleider/']) {
      expect(locs, path).toContain(path);
    }
    const alternates = [...sitemap.matchAll(/hreflang="en" href="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname);
    expect(alternates).toContain('/en/regelingen/amif/');
  });

  it('documents the exports on the open-data page with every column', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/open-data/');
    for (const href of ['/data/praktijkvoorbeelden.json', '/data/praktijkvoorbeelden.csv', '/data/regelingen.json', '/data/regelingen.csv']) {
      expect(await page.locator(`a[href="${href}"]`).count(), href).toBe(1);
    }
    const documented = await page.locator('.column-list dt code').allTextContents();
    for (const c of [...practiceColumns, ...schemeColumns]) expect(documented, c.name).toContain(c.name);
    await page.context().close();
  });
});
