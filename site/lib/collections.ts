import type { UiKey } from '../i18n/index.ts';

/** The five content kinds with their paths; names and intros come from the dictionaries. */
export const collectionNames = ['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten', 'begrippen'] as const;
export type CollectionName = (typeof collectionNames)[number];
/**
 * Everything with a list page of cards and detail pages: the five collections, plus the employer
 * register, whose entries come from the store rather than from markdown (site/lib/published-employers.ts).
 */
export type ListName = CollectionName | 'werkgevers';

/** The (unlocalized) path of a collection's list page. */
export const collectionPath = (name: ListName) => `/${name}/`;

/** Dictionary keys of a collection's plural, singular and intro. */
export const collectionKeys = (name: ListName) => ({
  plural: `collection.${name}.plural` as UiKey,
  singular: `collection.${name}.singular` as UiKey,
  intro: `collection.${name}.intro` as UiKey,
});
