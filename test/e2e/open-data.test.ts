/**
 * The open-data exports, the RSS feed and the sitemap as a visitor's program gets them from the
 * built site: parsed as JSON, RFC 4180 CSV and XML (by Chromium's own XML parser), and checked
 * against the content folder and the documented columns.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { schemeStatus, schemeStatuses } from '../../functions/domain/scheme-status.ts';
import { practiceColumns, schemeColumns } from '../../site/lib/open-data.ts';
import { employerColumns } from '../../site/lib/employer-open-data.ts';
import { launchChromium } from '../helpers/browser.ts';
import { inBatches } from '../helpers/built-pages.ts';
import { csvObjects } from '../unit/support/rfc4180.ts';

const baseURL = inject('baseURL');
const idsIn = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
const practiceIds = idsIn('praktijkvoorbeelden');
const schemeIds = idsIn('regelingen');

type Doc = { datasets: { name: string; json: string; csv: string; columns: { name: string; description: string; type: string }[] }[] };
type JsonExport = { dataset: string; generated: string; documentation: string; count: number; items: Record<string, unknown>[] };

async function get(path: string) {
  const response = await fetch(new URL(path, baseURL));
  expect(response.status, path).toBe(200);
  return response;
}
const json = async <T>(path: string) => (await (await get(path)).json()) as T;
// `Response.text()` drops a byte-order mark, so the bytes are decoded by hand.
async function csv(path: string) {
  const bytes = new Uint8Array(await (await get(path)).arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}
const pathOf = (url: unknown) => new URL(String(url)).pathname;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

type ParsedXml = { error: string | null; root: { name: string; ns: string | null; version: string | null }; records: Record<string, string>[] };

/**
 * Parses XML with Chromium's own XML parser. Returns the parser error (null when well-formed),
 * the root element and, for every `recordTag` element, its children's text by element name.
 */
async function parseXml(xml: string, recordTag: string): Promise<ParsedXml> {
  return page.evaluate(
    ({ xml, recordTag }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: { name: root.nodeName, ns: root.namespaceURI, version: root.getAttribute('version') },
        records: [...doc.getElementsByTagName(recordTag)].map((el) =>
          Object.fromEntries([...el.children].map((c) => [c.nodeName, c.textContent ?? ''])),
        ),
      };
    },
    { xml, recordTag },
  );
}

describe('column documentation', () => {
  it('documents every dataset with the columns the exports use', async () => {
    const doc = await json<Doc>('/data/kolommen.json');
    expect(doc.datasets.map((d) => d.name)).toEqual(['praktijkvoorbeelden', 'regelingen', 'werkgevers']);
    expect(doc.datasets[0]!.columns.map((c) => c.name)).toEqual(practiceColumns.map((c) => c.name));
    expect(doc.datasets[1]!.columns.map((c) => c.name)).toEqual(schemeColumns.map((c) => c.name));
    expect(doc.datasets[2]!.columns.map((c) => c.name)).toEqual(employerColumns.map((c) => c.name));
    for (const c of doc.datasets.flatMap((d) => d.columns)) expect(c.description, c.name).not.toBe('');
  });
});

describe('praktijkvoorbeelden export', () => {
  it('has every practice in JSON, with exactly the documented keys and working page URLs', async () => {
    const data = await json<JsonExport>('/data/praktijkvoorbeelden.json');
    expect(data.dataset).toBe('praktijkvoorbeelden');
    expect(data.count).toBe(practiceIds.length);
    expect(data.items.map((i) => i.id).sort()).toEqual(practiceIds);
    for (const item of data.items) expect(Object.keys(item)).toEqual(practiceColumns.map((c) => c.name));
    expect(pathOf(data.documentation)).toBe('/data/kolommen.json');
    await inBatches(data.items, 8, async (item) => {
      await get(pathOf(item.url));
    });
  });

  it('has the same practices in RFC 4180 CSV with a BOM, the documented header and values that match the JSON', async () => {
    const { bytes, text } = await csv('/data/praktijkvoorbeelden.csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, rows } = csvObjects(text);
    expect(header).toEqual(practiceColumns.map((c) => c.name));
    expect(rows.map((r) => r.id).sort()).toEqual(practiceIds);
    const items = (await json<JsonExport>('/data/praktijkvoorbeelden.json')).items;
    for (const row of rows) {
      const item = items.find((i) => i.id === row.id)!;
      expect(row.title).toBe(item.title);
      expect(row.summary).toBe(item.summary);
      expect(row.sectors).toBe((item.sectors as string[]).join('|'));
      expect(row.actionLines).toBe((item.actionLines as number[]).join('|'));
      expect(row.lastVerified).toBe(item.lastVerified);
    }
  });
});

describe('content types', () => {
  it('serves the JSON exports as JSON and the CSV exports as text/csv', async () => {
    for (const path of ['/data/praktijkvoorbeelden.json', '/data/regelingen.json', '/data/kolommen.json']) {
      expect((await get(path)).headers.get('content-type'), path).toMatch(/^application\/json/);
    }
    for (const path of ['/data/praktijkvoorbeelden.csv', '/data/regelingen.csv']) {
      expect((await get(path)).headers.get('content-type'), path).toMatch(/^text\/csv/);
    }
  });
});

describe('regelingen export', () => {
  it('has every scheme with a valid status, computed from its windows for the stated day', async () => {
    const data = await json<JsonExport>('/data/regelingen.json');
    expect(data.items.map((i) => i.id).sort()).toEqual(schemeIds);
    for (const item of data.items) {
      expect(Object.keys(item)).toEqual(schemeColumns.map((c) => c.name));
      expect(schemeStatuses, String(item.id)).toContain(item.status);
      expect(item.statusDate).toBe(data.generated);
      const windows = (item.windows as { opens: string | null; closes: string | null }[]).map((w) => ({
        opens: w.opens ? new Date(w.opens) : undefined,
        closes: w.closes ? new Date(w.closes) : undefined,
      }));
      expect(item.status, String(item.id)).toBe(schemeStatus(windows, item.ongoing as boolean, new Date(String(item.statusDate))));
      for (const other of item.combinesWith as string[]) {
        expect(schemeIds).toContain(other);
        // Combinations hold both ways.
        expect(data.items.find((i) => i.id === other)?.combinesWith, `${other} ↔ ${item.id}`).toContain(item.id);
      }
    }
  });

  it('has the same schemes and statuses in CSV', async () => {
    const { text } = await csv('/data/regelingen.csv');
    const { header, rows } = csvObjects(text);
    expect(header).toEqual(schemeColumns.map((c) => c.name));
    const items = (await json<JsonExport>('/data/regelingen.json')).items;
    expect(rows.map((r) => r.id).sort()).toEqual(schemeIds);
    for (const row of rows) {
      const item = items.find((i) => i.id === row.id)!;
      expect(schemeStatuses).toContain(row.status);
      expect([row.status, row.statusDate, row.ongoing]).toEqual([item.status, item.statusDate, String(item.ongoing)]);
      expect(row.paysFor).toBe((item.paysFor as string[]).join('|'));
    }
  });
});

describe('RSS feed', () => {
  it('is well-formed RSS 2.0 that lists the 50 most recently checked practices with a guid that changes with lastVerified', async () => {
    const response = await get('/feed.xml');
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const { error, root, records: items } = await parseXml(await response.text(), 'item');
    expect(error).toBeNull();
    expect([root.name, root.version]).toEqual(['rss', '2.0']);
    // The feed keeps the 50 newest by `lastVerified` (the export says which those are); a practice
    // checked later than the oldest item in the feed is never left out.
    const exported = (await json<JsonExport>('/data/praktijkvoorbeelden.json')).items as { id: string; lastVerified: string }[];
    expect(items).toHaveLength(Math.min(50, practiceIds.length));
    const inFeed = new Set(items.map((i) => pathOf(i.link)));
    const oldestInFeed = Math.min(...items.map((i) => Date.parse(i.pubDate!)));
    for (const practice of exported) {
      const listed = inFeed.has(`/praktijkvoorbeelden/${practice.id}/`);
      if (Date.parse(practice.lastVerified) > oldestInFeed) expect(listed, practice.id).toBe(true);
      if (Date.parse(practice.lastVerified) < oldestInFeed) expect(listed, practice.id).toBe(false);
    }
    for (const item of items) expect(item.guid).toBe(`${item.link}#${new Date(item.pubDate!).toISOString().slice(0, 10)}`);
    const dates = items.map((i) => Date.parse(i.pubDate!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('sitemap', () => {
  it('is a well-formed sitemap that lists every practice, scheme and tool and no noindex page', async () => {
    const { error, root, records } = await parseXml(await (await get('/sitemap.xml')).text(), 'url');
    expect(error).toBeNull();
    expect([root.name, root.ns]).toEqual(['urlset', 'http://www.sitemaps.org/schemas/sitemap/0.9']);
    const paths = records.map((r) => pathOf(r.loc));
    expect(new Set(paths).size).toBe(paths.length);
    for (const id of practiceIds) expect(paths).toContain(`/praktijkvoorbeelden/${id}/`);
    for (const id of schemeIds) expect(paths).toContain(`/regelingen/${id}/`);
    expect(paths).toContain('/');
    for (const tool of ['/werk-zoeken/', '/ar/werk-zoeken/', '/werkgever-aanmelden/', '/en/initiatief-aanmelden/', '/quickscan/']) expect(paths).toContain(tool);
    expect(paths.filter((p) => p.startsWith('/zoeken') || p.startsWith('/404'))).toEqual([]);
  });

  it('lists only pages that exist', async () => {
    const { records } = await parseXml(await (await get('/sitemap.xml')).text(), 'url');
    const missing: string[] = [];
    await inBatches(records.map((r) => pathOf(r.loc)), 8, async (path) => {
      const response = await fetch(new URL(path, baseURL));
      if (response.status !== 200) missing.push(`${path} (${response.status})`);
    });
    expect(missing.sort()).toEqual([]);
  });
});
