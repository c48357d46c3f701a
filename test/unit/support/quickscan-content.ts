/**
 * The quickscan's real data for tests, read on its own (not through the build): the questions
 * and rules from `content/quickscan/`, resolved with the reference lists and checked, and a
 * catalog of the entries in `content/` with the fields the report reads. Only those fields are
 * read from the frontmatter, so a change elsewhere in the content schemas does not break these
 * tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { regions, sectors } from '../../../functions/contracts/taxonomy.ts';
import { quickscanCollections, type QuickscanCollection } from '../../../functions/contracts/quickscan.ts';
import { loadQuickscanData, questionsFile, rulesFile } from '../../../site/lib/quickscan-check.ts';
import type { CatalogEntry, QuickscanCatalog, QuickscanData } from '../../../site/lib/quickscan.ts';

type Front = {
  title?: string;
  name?: string;
  regions?: string[];
  sectors?: string[];
  windows?: { opens?: Date; closes?: Date }[];
  ongoing?: boolean;
  solutions?: { title: string }[];
};

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const collectionUrl: Record<QuickscanCollection, string> = {
  praktijkvoorbeelden: '/praktijkvoorbeelden/',
  regelingen: '/regelingen/',
  knelpunten: '/knelpunten/',
  lessen: '/lessen/',
};

/** The entries of one collection in `content/` as catalog entries. */
function readCollection(collection: QuickscanCollection): CatalogEntry[] {
  const dir = path.join('content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const front = load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))![1]!) as Front;
      const id = f.slice(0, -3);
      const entry: CatalogEntry = {
        id,
        title: front.title ?? front.name ?? id,
        href: `${collectionUrl[collection]}${id}/`,
        regions: front.regions ?? (collection === 'regelingen' ? ['landelijk'] : []),
        sectors: front.sectors ?? [],
      };
      if (collection === 'regelingen') {
        entry.windows = (front.windows ?? []).map((w) => ({ opens: day(w.opens), closes: day(w.closes) }));
        entry.ongoing = front.ongoing ?? false;
      }
      if (collection === 'knelpunten') entry.solutions = (front.solutions ?? []).map((s) => s.title);
      return entry;
    });
}

/** Every entry the report can link, from `content/`. */
export const catalog: QuickscanCatalog = Object.fromEntries(quickscanCollections.map((c) => [c, readCollection(c)])) as QuickscanCatalog;

/** The ids per collection, as the build's link check sees them. */
export const knownIds: Record<QuickscanCollection, ReadonlySet<string>> = {
  praktijkvoorbeelden: new Set(catalog.praktijkvoorbeelden.map((e) => e.id)),
  regelingen: new Set(catalog.regelingen.map((e) => e.id)),
  knelpunten: new Set(catalog.knelpunten.map((e) => e.id)),
  lessen: new Set(catalog.lessen.map((e) => e.id)),
};

/** The texts of the two data files. */
export const quickscanTexts = {
  questions: readFileSync(questionsFile, 'utf8'),
  rules: readFileSync(rulesFile, 'utf8'),
};

/** The reference lists questions take their options from. */
export const referenceLists = { regions, sectors };

/** The quickscan's data as the build loads it. */
export const quickscanData: QuickscanData = loadQuickscanData(quickscanTexts, referenceLists, knownIds);
