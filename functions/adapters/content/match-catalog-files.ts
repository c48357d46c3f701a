/**
 * Where the handlers get the practice and scheme catalog of matching (`domain/match-catalog.ts`):
 *  1. the build's `/werk-zoeken/catalogus.json`, read like the form pages are (from the server's
 *     site folder locally, from the site itself on Lambda; `adapters/http/site-pages.ts`), so
 *     published submissions count and a rebuild is picked up;
 *  2. without a built catalog (an API test over a fixture site, a server started before its first
 *     build): the markdown in `content/`, validated with the same schemas as the build.
 * A loaded catalog is kept `MAX_AGE_MS`, then read again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { practiceSchema, schemeSchema, translationSchema } from '#contracts/content';
import { matchCatalogSchema } from '#contracts/match';
import { buildMatchCatalog, type MatchCatalog } from '#domain/match-catalog';

/** How long a loaded catalog is used before it is read again. */
export const MAX_AGE_MS = 10_000;
/** The catalog's path in the built site. */
export const CATALOG_PATH = '/werk-zoeken/catalogus.json';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Thrown when the built catalog does not match its schema (a broken build or deployment). */
export class MatchCatalogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MatchCatalogError';
  }
}

function readEntries<T>(dir: string, parse: (data: unknown, file: string) => T): { id: string; data: T }[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
  return files.sort().map((f) => {
    const file = path.join(dir, f);
    const frontmatter = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    if (!frontmatter) throw new MatchCatalogError(`${file}: geen front matter gevonden`);
    return { id: f.replace(/\.md$/, '').split(path.sep).join('/'), data: parse(load(frontmatter[1]!), file) };
  });
}

const parseWith = <S extends { safeParse: (v: unknown) => { success: true; data: unknown } | { success: false } }>(schema: S) =>
  (data: unknown, file: string) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new MatchCatalogError(`${file} klopt niet met het schema`);
    return parsed.data as Exclude<ReturnType<S['safeParse']>, { success: false }>['data'];
  };

/** The catalog built from the markdown under `contentDir` (curated entries only); throws when there is none (a bundle without content). */
export function catalogFromContent(contentDir: string): MatchCatalog {
  if (!existsSync(path.join(contentDir, 'praktijkvoorbeelden')) || !existsSync(path.join(contentDir, 'regelingen'))) {
    throw new MatchCatalogError(`Geen ${CATALOG_PATH} in de gebouwde site en geen content in ${contentDir}/.`);
  }
  return buildMatchCatalog(
    readEntries(path.join(contentDir, 'praktijkvoorbeelden'), parseWith(practiceSchema)),
    readEntries(path.join(contentDir, 'regelingen'), parseWith(schemeSchema)),
    readEntries(path.join(contentDir, 'vertalingen'), parseWith(translationSchema)),
  );
}

/** A catalog source: the built file through `readBuilt`, else the markdown in `contentDir`; kept for `MAX_AGE_MS`. */
export function matchCatalogSource(readBuilt: () => Promise<string | undefined>, contentDir = 'content'): () => Promise<MatchCatalog> {
  let kept: { catalog: MatchCatalog; at: number } | undefined;
  return async () => {
    if (kept && Date.now() - kept.at < MAX_AGE_MS) return kept.catalog;
    const text = await readBuilt();
    let catalog: MatchCatalog;
    if (text === undefined) {
      catalog = catalogFromContent(contentDir);
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
