/**
 * The languages of Werkpad. Dutch lives at the root, every other language under `/<code>/`.
 * nl and en are complete sites; ar, uk and ti carry the pages for statushouders.
 */
export const locales = {
  nl: { name: 'Nederlands', dir: 'ltr', prefix: '' },
  en: { name: 'English', dir: 'ltr', prefix: '/en' },
  ar: { name: 'العربية', dir: 'rtl', prefix: '/ar' },
  uk: { name: 'Українська', dir: 'ltr', prefix: '/uk' },
  ti: { name: 'ትግርኛ', dir: 'ltr', prefix: '/ti' },
} as const;

export type Lang = keyof typeof locales;
export const allLangs = Object.keys(locales) as Lang[];
/** Languages in which the whole knowledge base exists. */
export const fullSiteLangs = ['nl', 'en'] as const satisfies readonly Lang[];
/** Languages whose translations are machine-assisted and not yet reviewed by a native speaker. */
export const unreviewedLangs: readonly Lang[] = ['ar', 'uk', 'ti'];
export const defaultLang: Lang = 'nl';

/** `path` (starting with `/`) in `lang`: `/zoeken/` → `/en/zoeken/`. */
export function localizePath(lang: Lang, path: string): string {
  return `${locales[lang].prefix}${path}`;
}

/** The static paths of a page in `langs`: Dutch without a prefix, the others with theirs. */
export function langPaths(langs: readonly Lang[]) {
  return langs.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang }, props: { lang } }));
}

/** The language of a URL path, from its first segment. */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split('/')[1] ?? '';
  return (allLangs as string[]).includes(first) && first !== defaultLang ? (first as Lang) : defaultLang;
}

/** The path without its language prefix: `/en/zoeken/` → `/zoeken/`. */
export function unlocalizePath(pathname: string): string {
  const lang = langOfPath(pathname);
  return lang === defaultLang ? pathname : pathname.slice(locales[lang].prefix.length) || '/';
}
