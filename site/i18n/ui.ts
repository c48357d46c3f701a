/**
 * UI strings per language. Dutch is the source; other languages are added as complete
 * dictionaries of the same keys (the type makes a missing key a build error).
 */
export const nl = {
  'site.name': 'Werkpad',
  'site.tagline': 'Wat werkt om statushouders aan het werk te helpen',
  'skip.link': 'Direct naar de inhoud',
  'nav.label': 'Hoofdmenu',
  'nav.home': 'Home',
  'nav.search': 'Zoeken',
  'search.label': 'Zoek op Werkpad',
  'search.button': 'Zoeken',
  'footer.about': 'Werkpad bundelt kennis over werk voor statushouders: praktijkvoorbeelden, regelingen, lessen en knelpunten, met hun bronnen.',
  'footer.sources': 'Alle teksten zijn geschreven op basis van de genoemde bronnen. Ziet u een fout? Meld het ons.',
  'breadcrumb.label': 'Kruimelpad',
  'unknown': 'onbekend',
  'sources': 'Bronnen',
  'lastVerified': 'Laatst gecontroleerd',
} as const;

export type UiKey = keyof typeof nl;
export type Dictionary = Record<UiKey, string>;
export const dictionaries = { nl } satisfies Record<string, Dictionary>;
export type Lang = keyof typeof dictionaries;

/** The string for `key` in `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return dictionaries[lang][key];
}
