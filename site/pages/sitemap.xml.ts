import type { APIRoute } from 'astro';
import { bottlenecks, lessons, practices, schemes, terms } from '../lib/content.ts';
import { buildSitemap, werkpadSitemapEntries } from '../lib/sitemap.ts';
import { siteOrigin } from '../lib/site-url.ts';

/** The sitemap of every indexable page; noindex pages (/zoeken/, 404) are left out. */
export const GET: APIRoute = ({ site }) => {
  const entries = werkpadSitemapEntries({
    praktijkvoorbeelden: practices,
    regelingen: schemes,
    lessen: lessons,
    knelpunten: bottlenecks,
    begrippen: terms,
  });
  return new Response(buildSitemap(entries, siteOrigin(site)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
