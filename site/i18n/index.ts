/**
 * UI strings per language. nl and en are complete (the type enforces it); ar, uk and ti hold
 * the strings of the pages that exist in them. `t()` throws on a missing key, so a page that
 * exists in a language but lacks one of its strings fails the build.
 */
import { nl } from './nl.ts';
import { en } from './en.ts';
import { ar } from './ar.ts';
import { uk } from './uk.ts';
import { ti } from './ti.ts';
import type { Lang } from './locales.ts';

export type UiKey = keyof typeof nl;
export type Dictionary = Record<UiKey, string>;
export type PartialDictionary = Partial<Dictionary>;

export const dictionaries: Record<Lang, PartialDictionary> = { nl, en, ar, uk, ti };

/** The keys every statushouder-facing page (start, work, privacy, accessibility, search) uses. */
export const statushouderKeys = [
  'site.name', 'site.tagline', 'skip.link', 'nav.label', 'nav.menu', 'nav.home', 'nav.search', 'nav.work', 'nav.match', 'lang.label',
  'search.label', 'search.button', 'footer.about', 'footer.sources', 'footer.info', 'footer.privacy',
  'footer.accessibility', 'breadcrumb.label', 'breadcrumb.home', 'summary.label', 'notice.unreviewed',
  'sources.title', 'sources.lastVerified',
  'searchPage.title', 'searchPage.description', 'searchPage.noscript', 'searchPage.term', 'searchPage.filters',
  'searchPage.loadingFilters', 'searchPage.results', 'searchPage.prompt', 'searchPage.busy', 'searchPage.none',
  'searchPage.count.one', 'searchPage.count.other', 'searchPage.count.more', 'searchPage.unavailable',
  'searchPage.filter.type', 'searchPage.filter.sector', 'searchPage.filter.regio', 'searchPage.filter.actielijn',
] as const satisfies readonly UiKey[];

/** Thrown when a page needs a string its language does not have. */
export class MissingTranslationError extends Error {
  override name = 'MissingTranslationError';
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key];
  if (text === undefined) {
    throw new MissingTranslationError(`Vertaling ontbreekt: "${key}" in site/i18n/${lang}.ts`);
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A translator bound to one language, for use in a page. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}
