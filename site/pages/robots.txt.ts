import type { APIRoute } from 'astro';
import { siteOrigin } from '../lib/site-url.ts';

/**
 * robots.txt with the absolute sitemap URL, which a file in public/ cannot know. Everything may
 * be crawled; pages that should not be indexed say so themselves (`noindex`), and the API and
 * form routes are no pages.
 */
export const GET: APIRoute = ({ site }) => {
  const origin = siteOrigin(site);
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /forms/', '', `Sitemap: ${new URL('/sitemap.xml', origin).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
