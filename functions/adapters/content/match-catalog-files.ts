/**
 * Where the handlers get the practice and scheme catalog of matching (`domain/match-catalog.ts`):
 *  1. the build's `/werk-zoeken/catalogus.json`, read like the form pages are (from the server's
 *     site folder locally, from the site itself on Lambda; `adapters/http/site-pages.ts`), so
 *     published submissions count and a rebuild is picked up;
 *  2. without a built catalog (an API test over a fixture site, a server started before its first
 *     build): the markdown in `content/`, validated with the same schemas as the build.
 * A loaded catalog is kept `MAX_AGE_MS`, then read again.
 *
 * The markdown reader (`match-catalog-content.ts`, with js-yaml) is imported by a specifier that
 * esbuild does not follow, so it stays out of the Lambda bundles: on AWS the built catalog is
 * always there, and a bundle that reaches for the markdown fails, which the caller answers with 503.
 */
import { matchCatalogSchema } from '#contracts/match';
import type { MatchCatalog } from '#domain/match-catalog';

/** How long a loaded catalog is used before it is read again. */
export const MAX_AGE_MS = 10_000;
/** The catalog's path in the built site. */
export const CATALOG_PATH = '/werk-zoeken/catalogus.json';

/** Thrown when the built catalog does not match its schema (a broken build or deployment). */
export class MatchCatalogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MatchCatalogError';
  }
}

/** The markdown reader, loaded only when there is no built catalog. */
async function loadContentReader(): Promise<typeof import('./match-catalog-content.ts')> {
  const specifier = './match-catalog-content.ts';
  try {
    return (await import(specifier)) as typeof import('./match-catalog-content.ts');
  } catch (error) {
    throw new MatchCatalogError(`Geen ${CATALOG_PATH} in de gebouwde site, en de content kan hier niet gelezen worden.`, { cause: error });
  }
}

/** A catalog source: the built file through `readBuilt`, else the markdown in `contentDir`; kept for `MAX_AGE_MS`. */
export function matchCatalogSource(readBuilt: () => Promise<string | undefined>, contentDir = 'content'): () => Promise<MatchCatalog> {
  let kept: { catalog: MatchCatalog; at: number } | undefined;
  return async () => {
    if (kept && Date.now() - kept.at < MAX_AGE_MS) return kept.catalog;
    const text = await readBuilt();
    let catalog: MatchCatalog;
    if (text === undefined) {
      catalog = (await loadContentReader()).catalogFromContent(contentDir);
    } else {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new MatchCatalogError(`${CATALOG_PATH} is geen geldige JSON`, { cause: error });
      }
      const parsed = matchCatalogSchema.safeParse(json);
      if (!parsed.success) throw new MatchCatalogError(`${CATALOG_PATH} klopt niet met het schema`);
      catalog = parsed.data;
    }
    kept = { catalog, at: Date.now() };
    return catalog;
  };
}
