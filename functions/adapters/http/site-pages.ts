/**
 * Built pages of the site, read by the form routes: the form page is served with a fresh
 * fill-time token, and rendered again with messages inside the same page shell.
 *
 * Locally the pages come from the server's site folder. On Lambda there is no `dist/` in the
 * bundle (its hashed asset names change with every build): the pages are read from the site
 * itself, `<siteUrl>/<path>/index.html`, which CloudFront serves from the bucket, and kept for a
 * few minutes. The publication keeps the previous build's assets, so a shell read just before a
 * new build still points at files that exist.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where built pages come from: a folder, or the site's URL with how long a page may be kept. */
export type SitePageSource = { dir: string } | { url: string; maxAgeMs?: number; fetch?: typeof fetch };

let source: SitePageSource = { dir: path.resolve(process.env.WERKPAD_OUT_DIR ?? 'dist') };
const cache = new Map<string, { html: string; at: number }>();

/** Points the form routes at the folder the server serves (after a rebuild swap, too), or at the site's URL on Lambda. */
export function configureSitePages(dirOrSource: string | SitePageSource): void {
  source = typeof dirOrSource === 'string' ? { dir: path.resolve(dirOrSource) } : dirOrSource;
  cache.clear();
}

async function fromSite(url: string, maxAgeMs: number, get: typeof fetch, urlPath: string): Promise<string | undefined> {
  const kept = cache.get(urlPath);
  if (kept && Date.now() - kept.at < maxAgeMs) return kept.html;
  try {
    const response = await get(new URL(`${urlPath.replace(/\/?$/, '/')}index.html`, `${url}/`), {
      signal: AbortSignal.timeout(3_000),
      headers: { accept: 'text/html' },
    });
    if (response.ok) {
      const html = await response.text();
      cache.set(urlPath, { html, at: Date.now() });
      return html;
    }
    if (response.status === 404) return undefined;
  } catch {
    // The site did not answer in time: an older copy is better than no page.
  }
  return kept?.html;
}

/** The HTML of a built page by its URL path (`/en/initiatief-aanmelden/`), or undefined. */
export async function readSitePage(urlPath: string): Promise<string | undefined> {
  if (!/^\/[\w\-/]*$/.test(urlPath) || urlPath.includes('..')) return undefined;
  if ('url' in source) return fromSite(source.url, source.maxAgeMs ?? 300_000, source.fetch ?? fetch, urlPath);
  const siteDir = source.dir;
  const file = path.join(siteDir, ...urlPath.split('/').filter(Boolean), 'index.html');
  if (!file.startsWith(siteDir + path.sep)) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}

/**
 * Another built file by its URL path (`/werk-zoeken/catalogus.json`), as text, from the same
 * source as the pages; undefined when it does not exist.
 */
export async function readSiteFile(urlPath: string): Promise<string | undefined> {
  if (!/^\/[\w\-/.]*$/.test(urlPath) || urlPath.includes('..') || urlPath.endsWith('/')) return undefined;
  if ('url' in source) return fromSiteFile(source.url, source.maxAgeMs ?? 300_000, source.fetch ?? fetch, urlPath);
  const siteDir = source.dir;
  const file = path.join(siteDir, ...urlPath.split('/').filter(Boolean));
  if (!file.startsWith(siteDir + path.sep)) return undefined;
  return readFile(file, 'utf8').catch(() => undefined);
}

async function fromSiteFile(url: string, maxAgeMs: number, get: typeof fetch, urlPath: string): Promise<string | undefined> {
  const kept = cache.get(urlPath);
  if (kept && Date.now() - kept.at < maxAgeMs) return kept.html;
  try {
    const response = await get(new URL(urlPath.slice(1), `${url}/`), { signal: AbortSignal.timeout(3_000) });
    if (response.ok) {
      const text = await response.text();
      cache.set(urlPath, { html: text, at: Date.now() });
      return text;
    }
    if (response.status === 404) return undefined;
  } catch {
    // The site did not answer in time: an older copy is better than none.
  }
  return kept?.html;
}
