import { describe, expect, it } from 'vitest';
import { finderSteps } from '../../functions/domain/funding-finder.ts';
import { buildSitemap, werkpadSitemapEntries, withAlternates } from '../../site/lib/sitemap.ts';
import { xmlProblems } from './support/xml-well-formed.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const entry = (id: string, day: string) => ({ id, data: { lastVerified: d(day) } });
const content = {
  praktijkvoorbeelden: [entry('p1', '2026-11-22'), entry('p2', '2025-01-01')],
  regelingen: [entry('r1', '2026-10-01')],
  lessen: [entry('l1', '2026-01-01')],
  knelpunten: [{ id: 'k1', data: { lastVerified: d('2026-02-02'), feltBy: ['werkgever', 'gemeente'] } }],
  begrippen: [entry('b1', '2024-05-05')],
};

describe('sitemap entries', () => {
  const entries = werkpadSitemapEntries(content, [{ path: '/privacy/' }]);
  const paths = entries.map((e) => e.path);

  it('lists home, the five lists, every detail page and the fixed pages', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/praktijkvoorbeelden/',
        '/praktijkvoorbeelden/p1/',
        '/praktijkvoorbeelden/p2/',
        '/regelingen/r1/',
        '/lessen/l1/',
        '/knelpunten/k1/',
        '/begrippen/b1/',
        '/in-cijfers/',
        '/financieringswijzer/',
        '/financieringswijzer/gemeente/',
        '/financieringswijzer/gemeente/loonkosten/',
        '/privacy/',
      ]),
    );
    expect(paths.filter((p) => p.startsWith('/financieringswijzer/') && p.split('/').length === 5)).toHaveLength(finderSteps.length);
  });

  it('lists knelpunten pages only for audiences that feel one', () => {
    expect(paths.filter((p) => p.startsWith('/knelpunten/voor/'))).toEqual(['/knelpunten/voor/werkgever/', '/knelpunten/voor/gemeente/']);
  });

  it('leaves out the search page and the 404 page', () => {
    expect(paths.some((p) => p.startsWith('/zoeken') || p.startsWith('/404'))).toBe(false);
  });

  it('dates each page by its content: details by lastVerified, lists and home by their newest entry', () => {
    const at = (path: string) => entries.find((e) => e.path === path)?.lastmod?.toISOString().slice(0, 10);
    expect(at('/praktijkvoorbeelden/p2/')).toBe('2025-01-01');
    expect(at('/praktijkvoorbeelden/')).toBe('2026-11-22');
    expect(at('/begrippen/')).toBe('2024-05-05');
    expect(at('/')).toBe('2026-11-22');
    expect(at('/financieringswijzer/werkgever/taal/')).toBe('2026-10-01');
  });
});

describe('sitemap XML', () => {
  it('is a well-formed urlset with absolute, escaped URLs, each once', () => {
    const xml = buildSitemap([{ path: '/a/', lastmod: d('2026-11-22') }, { path: '/a/' }, { path: '/b/?x=1&y=2' }], 'https://werkpad.example');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<url><loc>https://werkpad.example/a/</loc><lastmod>2026-11-22</lastmod></url>');
    expect(xml).toContain('<loc>https://werkpad.example/b/?x=1&amp;y=2</loc>');
  });

  it('adds hreflang alternates, itself included and the default language as x-default', () => {
    const localize = (lang: string, path: string) => (lang === 'nl' ? path : `/${lang}${path}`);
    const entries = withAlternates([{ path: '/regelingen/', lastmod: d('2026-11-22') }], ['nl', 'en'], localize);
    expect(entries.map((e) => e.path)).toEqual(['/regelingen/', '/en/regelingen/']);
    const xml = buildSitemap(entries, 'https://werkpad.example');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const en = xml.split('\n').find((l) => l.includes('<loc>https://werkpad.example/en/regelingen/</loc>'));
    expect(en).toContain('<xhtml:link rel="alternate" hreflang="nl" href="https://werkpad.example/regelingen/"/>');
    expect(en).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://werkpad.example/en/regelingen/"/>');
    expect(en).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://werkpad.example/regelingen/"/>');
  });
});
