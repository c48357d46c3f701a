/**
 * Page weight of a first visit (empty cache), in bytes as the local server sends them (Brotli or
 * gzip, or as stored for files that are compressed already), for every page of the built site:
 * the HTML, its stylesheets, every script it loads (islands and their imports, Pagefind on the
 * search page), the icon, and the font files whose `unicode-range` the page's text falls in.
 *
 * Budgets (issue 13): a content page loads no framework code, at most 2 KB of its own small
 * scripts and at most 40 KB in all; a page with an island (or with search) at most 150 KB.
 * And the caching that makes a second visit cheap: hashed files for a year, `immutable`; the
 * rest revalidated on every use.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticSite } from '../../functions/adapters/http/static-site.ts';
import { builtPages } from '../helpers/built-pages.ts';
import { builtSiteDir } from '../helpers/site-dir.ts';

const KB = 1024;
const CONTENT_BUDGET = 40 * KB;
const OWN_SCRIPT_BUDGET = 2 * KB;
const ISLAND_BUDGET = 150 * KB;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let server: http.Server;
let origin = '';

beforeAll(async () => {
  if (!existsSync(path.join(builtSiteDir, 'index.html'))) throw new Error(`Geen gebouwde site in ${builtSiteDir}: bouw eerst (npm run build).`);
  const site = createStaticSite(builtSiteDir);
  server = http.createServer((req, res) => void site.serve(req, res, {}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Sent {
  status: number;
  /** Bytes on the wire (the body as sent, compressed or not). */
  bytes: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
  type: string | undefined;
}

const sent = new Map<string, Promise<Sent>>();
/** Requests a URL path as a browser would (accepting br and gzip) and counts the body's bytes. */
function request(urlPath: string): Promise<Sent> {
  let pending = sent.get(urlPath);
  if (!pending) {
    pending = new Promise<Sent>((resolve, reject) => {
      http
        .get(`${origin}${urlPath}`, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              bytes,
              encoding: res.headers['content-encoding'],
              cacheControl: res.headers['cache-control'],
              type: res.headers['content-type'],
            }),
          );
        })
        .on('error', reject);
    });
    sent.set(urlPath, pending);
  }
  return pending;
}

const fileOf = (urlPath: string) => path.join(builtSiteDir, decodeURIComponent(urlPath));
const text = (urlPath: string) => readFileSync(fileOf(urlPath), 'utf8');

/** Attribute values of the tags in `html` matching `tag`: `attrs(html, /<link[^>]*>/g, 'href')`. */
function attrs(html: string, tag: RegExp, name: string): string[] {
  return [...html.matchAll(tag)].flatMap((m) => {
    const value = m[0].match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
    return value ? [value[1] ?? value[2] ?? value[3]!] : [];
  });
}

const importsCache = new Map<string, string[]>();
/** The JS files one script names: its imports, static or lazy (any string that is a built script). */
function importsOf(url: string): string[] {
  let found = importsCache.get(url);
  if (!found) {
    found = [...text(url).matchAll(/["'`]((?:\.{1,2}\/|\/)?[\w./-]+\.m?js)["'`]/g)]
      .map(([, spec]) => (spec!.startsWith('_astro/') ? `/${spec}` : new URL(spec!, `http://x${url}`).pathname))
      .filter((resolved) => existsSync(fileOf(resolved)));
    importsCache.set(url, found);
  }
  return found;
}

/** The module graph of a script: every JS file it imports, statically or lazily (an upper bound). */
function scriptGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url) || !url.startsWith('/') || !existsSync(fileOf(url))) continue;
    seen.add(url);
    queue.push(...importsOf(url));
  }
  return [...seen];
}

const pagefindCache = new Map<string, boolean>();
/** True when a script starts Pagefind (the search page's script). */
function loadsPagefind(url: string): boolean {
  if (!pagefindCache.has(url)) pagefindCache.set(url, text(url).includes('/pagefind/pagefind.js'));
  return pagefindCache.get(url)!;
}

/** What Pagefind fetches when the search page starts (entry, engine, index metadata, all filters). */
function pagefindFiles(lang: string): string[] {
  const entry = JSON.parse(text('/pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  const index = entry.languages[lang];
  if (!index) return ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
  const filterDir = path.join(builtSiteDir, 'pagefind', 'filter');
  const filters = existsSync(filterDir)
    ? readdirSync(filterDir).filter((f) => f.startsWith(`${lang}_`)).map((f) => `/pagefind/filter/${f}`)
    : [];
  return [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`,
    `/pagefind/pagefind.${index.hash}.pf_meta`,
    ...filters,
  ].filter((f) => existsSync(fileOf(f)));
}

type FontFace = { url: string; ranges: [number, number][] };
const facesCache = new Map<string, FontFace[]>();
/** The font files of a stylesheet with their code point ranges. */
function fontFaces(cssUrl: string): FontFace[] {
  if (!facesCache.has(cssUrl)) facesCache.set(cssUrl, readFaces(cssUrl));
  return facesCache.get(cssUrl)!;
}
function readFaces(cssUrl: string): FontFace[] {
  return [...text(cssUrl).matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
    const url = body!.match(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/)?.[1];
    if (!url) return [];
    const range = body!.match(/unicode-range:\s*([^;}]+)/)?.[1] ?? 'U+0-10FFFF';
    const ranges = range.split(',').map((part): [number, number] => {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
    });
    return [{ url: new URL(url, `http://x${cssUrl}`).pathname, ranges }];
  });
}

/** The characters a page shows: its HTML without tags, scripts and styles. */
function pageText(html: string): Set<number> {
  const visible = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return new Set([...visible].map((c) => c.codePointAt(0)!));
}

interface Weight {
  path: string;
  kind: 'content' | 'island';
  html: number;
  css: number;
  js: number;
  fonts: number;
  other: number;
  total: number;
  framework: string[];
  files: string[];
}

const rendererGraphs = new Set<string>();

async function weigh(pagePath: string): Promise<Weight> {
  const page = await request(pagePath);
  expect(page.status, pagePath).toBe(200);
  const html = readFileSync(fileOf(`${pagePath}index.html`), 'utf8');
  const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? 'nl';
  const styles = attrs(html, /<link[^>]*rel="stylesheet"[^>]*>/g, 'href');
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)];
  const renderers = islands.flatMap((m) => attrs(m[0], /.+/g, 'renderer-url'));
  const components = islands.flatMap((m) => attrs(m[0], /.+/g, 'component-url'));
  const scripts = [
    ...attrs(html, /<script[^>]*\ssrc=[^>]*>/g, 'src'),
    ...attrs(html, /<link[^>]*rel="modulepreload"[^>]*>/g, 'href'),
    ...renderers,
    ...components,
  ];
  const js = scriptGraph(scripts);
  for (const file of scriptGraph(renderers)) rendererGraphs.add(file);
  const search = js.some(loadsPagefind);
  const chars = pageText(html);
  const fonts = styles
    .flatMap(fontFaces)
    .filter((face) => [...chars].some((c) => face.ranges.some(([a, b]) => c >= a && c <= b)))
    .map((face) => face.url);
  const other = [...attrs(html, /<link[^>]*rel="icon"[^>]*>/g, 'href'), ...attrs(html, /<img[^>]*>/g, 'src'), ...(search ? pagefindFiles(lang) : [])];

  const sum = async (urls: readonly string[]) => (await Promise.all([...new Set(urls)].map(request))).reduce((n, r) => n + r.bytes, 0);
  const weight = {
    html: page.bytes,
    css: await sum(styles),
    js: await sum(js),
    fonts: await sum(fonts),
    other: await sum(other),
  };
  return {
    path: pagePath,
    kind: islands.length > 0 || search ? 'island' : 'content',
    ...weight,
    total: weight.html + weight.css + weight.js + weight.fonts + weight.other,
    framework: [],
    files: [...styles, ...js, ...fonts, ...other],
  };
}

/** A page's type: its route shape without the language prefix, and the language group. */
function pageType(pagePath: string): string {
  const lang = pagePath.match(/^\/(en|ar|uk|ti)\//)?.[1];
  const parts = pagePath.replace(/^\/(en|ar|uk|ti)\//, '/').split('/').filter(Boolean);
  const shape = `/${parts.map((part, i) => (i === 0 ? part : '*')).join('/')}${parts.length > 0 ? '/' : ''}`;
  return lang && ['ar', 'uk', 'ti'].includes(lang) ? `/${lang}${shape}` : shape;
}

describe('page weight of a first visit', () => {
  let weights: Weight[] = [];
  let pages: string[] = [];

  beforeAll(async () => {
    // One page per type: the one with the largest HTML (scripts, styles and fonts are the type's own).
    const largest = new Map<string, { path: string; size: number }>();
    for (const path of builtPages()) {
      const size = statSync(fileOf(`${path}index.html`)).size;
      const type = pageType(path);
      if ((largest.get(type)?.size ?? -1) < size) largest.set(type, { path, size });
    }
    pages = [...largest.values()].map((p) => p.path);
    weights = [];
    for (let i = 0; i < pages.length; i += 8) weights.push(...(await Promise.all(pages.slice(i, i + 8).map(weigh))));
    for (const w of weights) w.framework = w.files.filter((f) => rendererGraphs.has(f));

    const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
    const rows = weights.map((w): [string, Weight] => [pageType(w.path), w]).sort(([a], [b]) => a.localeCompare(b));
    console.log(
      [
        `Paginagewicht, eerste bezoek, gecomprimeerd (KB; per paginasoort de pagina met de grootste HTML, ${weights.length} soorten):`,
        `${'soort'.padEnd(44)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'font'.padStart(6)} ${'rest'.padStart(6)} ${'totaal'.padStart(6)}  budget`,
        ...rows.map(([type, w]) =>
          `${type.padEnd(44)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.fonts)} ${kb(w.other)} ${kb(w.total)}  ${w.kind === 'island' ? '150' : ' 40'}`,
        ),
      ].join('\n'),
    );
  }, 5 * 60_000);

  it('weighs a page of every type, content pages and pages with an island or search alike', () => {
    expect(weights.length).toBe(pages.length);
    expect(weights.filter((w) => w.kind === 'content').length).toBeGreaterThan(20);
    const ofType = (type: string) => weights.find((w) => pageType(w.path) === type)!;
    expect(weights.map((w) => pageType(w.path))).toEqual(expect.arrayContaining(['/', '/zoeken/', '/initiatief-aanmelden/', '/ti/']));
    // The weighing sees what it should: the search page loads Pagefind, a form its island with React.
    expect(ofType('/zoeken/').files).toContain('/pagefind/pagefind.js');
    expect(ofType('/initiatief-aanmelden/').framework.length).toBeGreaterThan(0);
    // Tigrinya pages fetch the Ethiopic subset; a Dutch page only the few glyphs of the language switch.
    expect(ofType('/ti/').files.filter((f) => f.includes('ethiopic-'))).toHaveLength(2);
    expect(ofType('/').files.filter((f) => f.includes('ethiopic-'))).toEqual([expect.stringContaining('ethiopic-names')]);
  });

  it('keeps content pages free of framework code, with at most 2 KB of their own scripts and 40 KB in all', () => {
    const over = weights
      .filter((w) => w.kind === 'content')
      .filter((w) => w.framework.length > 0 || w.js > OWN_SCRIPT_BUDGET || w.total > CONTENT_BUDGET)
      .map((w) => ({ path: w.path, total: w.total, js: w.js, framework: w.framework }));
    expect(over).toEqual([]);
  });

  it('keeps pages with an island or search within 150 KB', () => {
    const over = weights.filter((w) => w.kind === 'island' && w.total > ISLAND_BUDGET).map((w) => ({ path: w.path, total: w.total, js: w.js }));
    expect(over).toEqual([]);
  });

  it('sends text compressed, caches hashed files for a year (immutable) and revalidates the rest', async () => {
    const home = await request('/');
    expect(home.encoding).toBe('br');
    expect(home.cacheControl).toBe('no-cache');
    const hashed = [...new Set(weights.flatMap((w) => w.files))].filter((f) => f.startsWith('/_astro/'));
    expect(hashed.some((f) => f.endsWith('.css'))).toBe(true);
    expect(hashed.some((f) => f.endsWith('.js'))).toBe(true);
    expect(hashed.some((f) => f.endsWith('.woff2'))).toBe(true);
    for (const file of hashed) {
      const res = await request(file);
      expect(res.cacheControl, file).toBe(IMMUTABLE);
      if (/\.(css|js)$/.test(file) && res.bytes > 1024) expect(res.encoding, file).toBe('br');
    }
    // Pagefind's index files carry a hash in their names; its entry points do not.
    const meta = weights.find((w) => pageType(w.path) === '/zoeken/')!.files.find((f) => f.endsWith('.pf_meta'))!;
    expect((await request(meta)).cacheControl).toBe(IMMUTABLE);
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg', '/fonts/noto-sans-ethiopic/OFL.txt', '/zoeken/']) {
      expect((await request(file)).cacheControl, file).toBe('no-cache');
    }
  });
});
