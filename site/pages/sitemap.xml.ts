import type { APIRoute } from 'astro';
import { buildDate, bottlenecks, lessons, pageLangs, pageIn, pages, practices, schemes, terms } from '../lib/content.ts';
import { facetPages, facetPath, practiceFacets, schemeFacets } from '../lib/facets.ts';
import { buildSitemap, werkpadSitemapEntries, withAlternates, type SitemapEntry } from '../lib/sitemap.ts';
import { siteOrigin } from '../lib/site-url.ts';
import { employerEntries, employerFacets } from '../lib/employer-register.ts';
import { publishedEmployers } from '../lib/published-employers.ts';
import { allLangs, defaultLang, fullSiteLangs, localizePath } from '../i18n/locales.ts';

const newest = (dates: readonly Date[]) => (dates.length === 0 ? undefined : new Date(Math.max(...dates.map((d) => d.getTime()))));

/**
 * The sitemap of every indexable page with its language versions: the knowledge base (nl and
 * en), the home page (every language), the facet pages, the open-data page and the fixed pages
 * in the languages they are written in, and the register of employers (its list, filter and
 * employer pages, dated by the last confirmation), and the tools (Werk zoeken, the registration
 * forms, the quickscan's start). noindex pages (/zoeken/, 404) are left out.
 */
export const GET: APIRoute = async ({ site }) => {
  const ctx = { today: buildDate };
  const facets: SitemapEntry[] = [
    ...facetPages(practiceFacets, practices, ctx).map(({ key, value }) => ({
      path: facetPath('praktijkvoorbeelden', key, value),
      lastmod: newest(practices.map((p) => p.data.lastVerified)),
    })),
    ...facetPages(schemeFacets, schemes, ctx).map(({ key, value }) => ({
      path: facetPath('regelingen', key, value),
      lastmod: newest(schemes.map((s) => s.data.lastVerified)),
    })),
  ];
  const openData = { path: '/open-data/', lastmod: newest([...practices, ...schemes].map((e) => e.data.lastVerified)) };
  const employers = employerEntries(await publishedEmployers());
  const registerChanged = newest(employers.map((e) => new Date(e.data.confirmedAt)));
  const register: SitemapEntry[] = [
    { path: '/werkgevers/', lastmod: registerChanged },
    ...employers.map((e) => ({ path: `/werkgevers/${e.id}/`, lastmod: new Date(e.data.confirmedAt) })),
    ...facetPages(employerFacets, employers, ctx).map(({ key, value }) => ({ path: facetPath('werkgevers', key, value), lastmod: registerChanged })),
  ];
  const knowledgeBase = werkpadSitemapEntries(
    { praktijkvoorbeelden: practices, regelingen: schemes, lessen: lessons, knelpunten: bottlenecks, begrippen: terms },
    [...facets, openData, ...register],
  );
  const home = knowledgeBase.filter((e) => e.path === '/');
  const fixedSlugs = [...new Set(pages.map((p) => p.id.split('/')[1]!))].filter((slug) => slug !== 'start');
  const fixed = fixedSlugs.flatMap((slug) => {
    const langs = pageLangs(slug);
    // The first language becomes x-default: Dutch when the page is written in Dutch.
    const ordered = langs.includes(defaultLang) ? [defaultLang, ...langs.filter((l) => l !== defaultLang)] : langs;
    return withAlternates([{ path: `/${slug}/`, lastmod: pageIn(ordered[0]!, slug)?.data.lastVerified }], ordered, localizePath);
  });
  // The tools, in the languages they exist in. They change with the code rather than the content,
  // so they carry no date.
  const tools = [
    ...withAlternates([{ path: '/werk-zoeken/' }], allLangs, localizePath),
    ...withAlternates([{ path: '/werkgever-aanmelden/' }, { path: '/initiatief-aanmelden/' }], fullSiteLangs, localizePath),
    { path: '/quickscan/' },
  ];
  const entries = [
    ...withAlternates(home, allLangs, localizePath),
    ...withAlternates(knowledgeBase.filter((e) => e.path !== '/'), fullSiteLangs, localizePath),
    ...fixed,
    ...tools,
  ];
  return new Response(buildSitemap(entries, siteOrigin(site)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
