/** The five content kinds with their Dutch names, paths and search-filter labels. */
export const collectionMeta = {
  praktijkvoorbeelden: { path: '/praktijkvoorbeelden/', plural: 'Praktijkvoorbeelden', singular: 'Praktijkvoorbeeld', intro: 'Aanpakken uit de praktijk die statushouders aan werk helpen: wie deed wat, waar, met welk resultaat.' },
  regelingen: { path: '/regelingen/', plural: 'Regelingen', singular: 'Regeling', intro: 'Subsidies, instrumenten en dienstverlening om werk voor statushouders te betalen en te begeleiden.' },
  lessen: { path: '/lessen/', plural: 'Lessen', singular: 'Les', intro: 'Wat lerende netwerken en evaluaties hebben opgeleverd: werkzame elementen en knelpunten.' },
  knelpunten: { path: '/knelpunten/', plural: 'Knelpunten', singular: 'Knelpunt', intro: 'Waar het vastloopt, voor wie, en welke oplossingen werken.' },
  begrippen: { path: '/begrippen/', plural: 'Begrippen', singular: 'Begrip', intro: 'Korte uitleg van woorden die vaak terugkomen.' },
} as const;

export type CollectionName = keyof typeof collectionMeta;
export const collectionNames = Object.keys(collectionMeta) as CollectionName[];
