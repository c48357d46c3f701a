import type { UiKey } from '../i18n/index.ts';

/** The Pagefind filters the search page offers, in this order. */
export const FILTER_GROUPS = ['type', 'sector', 'regio', 'actielijn'] as const;

/** The strings the search script shows, handed to it by the page in the reader's language. */
export const SEARCH_MESSAGE_KEYS = [
  'searchPage.prompt',
  'searchPage.busy',
  'searchPage.none',
  'searchPage.count.one',
  'searchPage.count.other',
  'searchPage.count.more',
  'searchPage.unavailable',
] as const satisfies readonly UiKey[];

export type SearchMessages = Record<(typeof SEARCH_MESSAGE_KEYS)[number], string>;
