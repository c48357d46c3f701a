import type { UiKey } from '../i18n/index.ts';

/** The five content kinds with their paths; names and intros come from the dictionaries. */
export const collectionNames = ['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten', 'begrippen'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** The (unlocalized) path of a collection's list page. */
export const collectionPath = (name: CollectionName) => `/${name}/`;

/** Dictionary keys of a collection's plural, singular and intro. */
export const collectionKeys = (name: CollectionName) => ({
  plural: `collection.${name}.plural` as UiKey,
  singular: `collection.${name}.singular` as UiKey,
  intro: `collection.${name}.intro` as UiKey,
});
