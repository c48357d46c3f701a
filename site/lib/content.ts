/**
 * Every collection loaded once, with cross-references checked: a link to an entry that does not
 * exist stops the build with the file that holds it. Pages import the ready lists from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { schemeStatus } from '../../functions/domain/scheme-status.ts';
import { needsCheck } from './content-freshness.ts';
import { combinesWithOf, type FinderScheme } from '../../functions/domain/funding-finder.ts';
import { collectionPath, type CollectionName } from './collections.ts';
import { allLangs, defaultLang, fullSiteLangs, langPaths, localizePath, type Lang } from '../i18n/locales.ts';

export type PracticeEntry = CollectionEntry<'praktijkvoorbeelden'>;
export type SchemeEntry = CollectionEntry<'regelingen'>;
export type LessonEntry = CollectionEntry<'lessen'>;
export type BottleneckEntry = CollectionEntry<'knelpunten'>;
export type TermEntry = CollectionEntry<'begrippen'>;

const byTitle = <T extends { data: Record<string, unknown>; id: string }>(title: (e: T) => string) =>
  (a: T, b: T) => title(a).localeCompare(title(b), 'nl');

export const practices = (await getCollection('praktijkvoorbeelden')).sort(byTitle((e) => e.data.title));
export const schemes = (await getCollection('regelingen')).sort(byTitle((e) => e.data.name));
export const lessons = (await getCollection('lessen')).sort(byTitle((e) => e.data.title));
export const bottlenecks = (await getCollection('knelpunten')).sort(byTitle((e) => e.data.title));
export const terms = (await getCollection('begrippen')).sort(byTitle((e) => e.data.term));

const ids: Record<CollectionName, Set<string>> = {
  praktijkvoorbeelden: new Set(practices.map((e) => e.id)),
  regelingen: new Set(schemes.map((e) => e.id)),
  lessen: new Set(lessons.map((e) => e.id)),
  knelpunten: new Set(bottlenecks.map((e) => e.id)),
  begrippen: new Set(terms.map((e) => e.id)),
};

const problems: string[] = [];
function check(entry: { id: string; filePath?: string | undefined }, field: string, target: CollectionName, refs: readonly string[]) {
  for (const ref of refs) {
    if (!ids[target].has(ref)) {
      problems.push(`${entry.filePath ?? entry.id}: veld "${field}" verwijst naar "${ref}", maar content/${target}/${ref}.md bestaat niet`);
    }
  }
}
for (const e of practices) {
  check(e, 'schemes', 'regelingen', e.data.schemes);
  check(e, 'lessons', 'lessen', e.data.lessons);
  check(e, 'bottlenecks', 'knelpunten', e.data.bottlenecks);
}
for (const e of schemes) check(e, 'combinesWith', 'regelingen', e.data.combinesWith);
for (const e of lessons) {
  check(e, 'practices', 'praktijkvoorbeelden', e.data.practices);
  check(e, 'schemes', 'regelingen', e.data.schemes);
}
for (const e of bottlenecks) {
  check(e, 'practices', 'praktijkvoorbeelden', e.data.practices);
  check(e, 'schemes', 'regelingen', e.data.schemes);
  check(e, 'lessons', 'lessen', e.data.lessons);
}
for (const e of terms) {
  check(e, 'related', 'begrippen', e.data.related);
  check(e, 'schemes', 'regelingen', e.data.schemes);
  check(e, 'practices', 'praktijkvoorbeelden', e.data.practices);
}
if (problems.length > 0) {
  throw new Error(`Verwijzingen in content kloppen niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** The day the build computes statuses for. */
export const buildDate = new Date();

/**
 * Whether an entry needs a check against its sources on the build day ('controle nodig'): not
 * checked for 12 months (`site/lib/content-freshness.ts`). The browser recomputes it near the date.
 */
export function needsCheckNow(lastVerified: Date): boolean {
  return needsCheck(lastVerified, buildDate);
}

/** A scheme's status as of the build; the browser recomputes it from the same windows. */
export function statusOf(scheme: SchemeEntry) {
  return schemeStatus(scheme.data.windows, scheme.data.ongoing, buildDate);
}

/** Entries of one collection by id, in the order given; unknown ids were rejected above. */
export function pick<T extends { id: string }>(list: readonly T[], refs: readonly string[]): T[] {
  return refs.map((ref) => list.find((e) => e.id === ref)).filter((e): e is T => e !== undefined);
}

/** The reverse of a link: entries of `list` whose `field` names `id`. */
export function linkedFrom<T extends { id: string; data: object }>(list: readonly T[], field: string, id: string): T[] {
  return list.filter((e) => ((e.data as Record<string, unknown>)[field] as string[] | undefined)?.includes(id));
}

/** The URL of an entry's detail page in `lang`. */
export function hrefOf(collection: CollectionName, id: string, lang: Lang = defaultLang): string {
  return localizePath(lang, `${collectionPath(collection)}${id}/`);
}

export const pages = await getCollection('paginas');
export const translations = await getCollection('vertalingen');

/** The fixed page `slug` in `lang`, if written. */
export function pageIn(lang: Lang, slug: string) {
  return pages.find((p) => p.id === `${lang}/${slug}`);
}

/** The languages a fixed page exists in. */
export function pageLangs(slug: string): Lang[] {
  const written = new Set(pages.filter((p) => p.id.endsWith(`/${slug}`)).map((p) => p.id.split('/')[0]));
  return allLangs.filter((lang) => written.has(lang));
}

/** The translation of an entry into `lang`, if there is one (Dutch needs none). */
export function translationOf(collection: CollectionName, id: string, lang: Lang) {
  if (lang === defaultLang) return undefined;
  return translations.find((t) => t.id === `${collection}/${id}.${lang}`);
}

type TextFields = { title?: string; name?: string; term?: string; summary?: string; definition?: string };

/**
 * The title, summary and body of an entry in `lang`: its translation when there is one,
 * otherwise the Dutch text with `translated: false` so the page can say so.
 */
export function localizedText<E extends { id: string; data: object }>(collection: CollectionName, entry: E, lang: Lang) {
  const translation = translationOf(collection, entry.id, lang);
  const d = entry.data as TextFields;
  return {
    title: translation?.data.title ?? d.title ?? d.name ?? d.term ?? entry.id,
    summary: translation?.data.summary ?? d.summary ?? d.definition ?? '',
    translated: lang === defaultLang || translation !== undefined,
    /** A translation that no native speaker has checked yet. */
    unreviewed: translation !== undefined && !translation.data.reviewed,
    /** Render this for the body. */
    body: translation ?? entry,
  };
}

/** A link to an entry in `lang`, its label marked Dutch when it has no translation. */
export function linkTo(collection: CollectionName, lang: Lang) {
  return <E extends { id: string; data: object }>(entry: E) => {
    const text = localizedText(collection, entry, lang);
    return { href: hrefOf(collection, entry.id, lang), label: text.title, lang: text.translated ? undefined : defaultLang };
  };
}

/** A card for a list page: link, title and summary in `lang` (Dutch when untranslated). */
export function cardOf(collection: CollectionName, lang: Lang) {
  return <E extends { id: string; data: object }>(entry: E) => {
    const text = localizedText(collection, entry, lang);
    return {
      href: hrefOf(collection, entry.id, lang),
      title: text.title,
      summary: text.summary,
      lang: text.translated ? undefined : defaultLang,
    };
  };
}

/** The schemes as the funding finder reads them: plain data, the same at build and in the browser. */
export const finderSchemes: FinderScheme[] = schemes.map((s) => ({
  id: s.id,
  name: s.data.name,
  applicants: s.data.applicants,
  paysFor: s.data.paysFor,
  targetGroups: s.data.targetGroups,
  windows: s.data.windows,
  ongoing: s.data.ongoing,
  combinesWith: s.data.combinesWith,
}));

/** The schemes one scheme combines with, both ways: when A names B, B's page shows A too. */
export function combinedWith(id: string): SchemeEntry[] {
  return pick(schemes, combinesWithOf(finderSchemes, id));
}

/** Entries linked either way: the ids an entry names itself first, then those that name it. */
export function linkedBothWays<T extends { id: string; data: object }>(list: readonly T[], own: readonly string[], field: string, id: string): T[] {
  const ids = [...new Set([...own, ...linkedFrom(list, field, id).map((e) => e.id)])];
  return pick(list, ids);
}

/** The static paths of a detail route: every entry in every full-site language. */
export function entryPaths<E extends { id: string }>(entries: readonly E[]) {
  return langPaths(fullSiteLangs).flatMap(({ params, props }) =>
    entries.map((entry) => ({ params: { ...params, id: entry.id }, props: { ...props, entry } })),
  );
}
