/**
 * The catalog matching scores practices and schemes from: per praktijkvoorbeeld and regeling only
 * what the rules read (`matching.ts`), plus the titles of its translations. The site build writes
 * it as `/werk-zoeken/catalogus.json` from the same content lists its pages come from (curated
 * markdown plus published submissions), so a handler reads one small JSON file at run time
 * instead of markdown; without a built site the handlers build it from `content/` themselves
 * (`adapters/content/match-catalog-files.ts`). Pure.
 */
import type { CatalogPractice, CatalogScheme } from './matching.ts';

/** The catalog: practices and schemes, each list in id order. */
export type MatchCatalog = { practices: CatalogPractice[]; schemes: CatalogScheme[] };

/** A content entry as the site's content layer (or a markdown reader) gives it. */
export type CatalogSource<D> = { id: string; data: D };
type PracticeData = { title: string; regions: readonly string[]; sectors: readonly string[]; approaches: readonly string[]; schemes: readonly string[] };
type SchemeData = {
  name: string;
  regions: readonly string[];
  paysFor: readonly string[];
  targetGroups: readonly string[];
  windows: readonly { opens?: Date | undefined; closes?: Date | undefined }[];
  ongoing: boolean;
};
/** A translation entry: id `<collection>/<entry id>.<lang>`. */
type TranslationData = { title: string };

const translatedLangs = ['en', 'ar', 'uk', 'ti'] as const;
const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function namesOf(collection: string, id: string, dutch: string, translations: readonly CatalogSource<TranslationData>[]) {
  const name: CatalogPractice['name'] = { nl: dutch };
  for (const lang of translatedLangs) {
    const translation = translations.find((t) => t.id === `${collection}/${id}.${lang}`);
    if (translation) name[lang] = translation.data.title;
  }
  return name;
}

/**
 * Builds the catalog. A scheme's sectors are the sectors of the practices that name it in
 * `schemes`: regelingen carry no sectors of their own, and "used in zorg" is what a reader can act on.
 */
export function buildMatchCatalog(
  practices: readonly CatalogSource<PracticeData>[],
  schemes: readonly CatalogSource<SchemeData>[],
  translations: readonly CatalogSource<TranslationData>[] = [],
): MatchCatalog {
  const schemeSectors = new Map<string, Set<string>>();
  for (const p of practices) {
    for (const scheme of p.data.schemes) {
      const set = schemeSectors.get(scheme) ?? new Set<string>();
      for (const sector of p.data.sectors) set.add(sector);
      schemeSectors.set(scheme, set);
    }
  }
  return {
    practices: practices
      .map((p) => ({
        id: p.id,
        name: namesOf('praktijkvoorbeelden', p.id, p.data.title, translations),
        regions: [...p.data.regions],
        sectors: [...p.data.sectors],
        approaches: [...p.data.approaches],
      }))
      .sort(byId),
    schemes: schemes
      .map((s) => ({
        id: s.id,
        name: namesOf('regelingen', s.id, s.data.name, translations),
        regions: [...s.data.regions],
        sectors: [...(schemeSectors.get(s.id) ?? [])].sort(),
        paysFor: [...s.data.paysFor],
        targetGroups: [...s.data.targetGroups],
        windows: s.data.windows.map((w) => ({ ...(w.opens ? { opens: day(w.opens) } : {}), ...(w.closes ? { closes: day(w.closes) } : {}) })),
        ongoing: s.data.ongoing,
      }))
      .sort(byId),
  };
}
