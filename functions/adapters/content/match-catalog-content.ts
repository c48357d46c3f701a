/**
 * The match catalog from the markdown in `content/`, validated with the same schemas as the build:
 * the fallback of `match-catalog-files.ts` when there is no built catalog (an API test over a
 * fixture site, a server started before its first build). Never part of a Lambda bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { practiceSchema, schemeSchema, translationSchema } from '#contracts/content';
import { buildMatchCatalog, type MatchCatalog } from '#domain/match-catalog';
import { CATALOG_PATH, MatchCatalogError } from './match-catalog-files.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

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

