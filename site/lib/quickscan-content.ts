/**
 * The quickscan at build: its questions and rules read from `content/quickscan/` (or the folder
 * `WERKPAD_CONTENT_DIR` names), validated and checked against the entries that exist — a broken
 * link stops the build with the rule and the missing file — plus the catalog of entries the
 * island needs to write the report in the browser. Server-only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { regions, sectors } from '../../functions/contracts/taxonomy.ts';
import type { QuickscanCollection } from '../../functions/contracts/quickscan.ts';
import { bottlenecks, lessons, linkTo, practices, schemes } from './content.ts';
import { contentDir } from './markdown-collection.ts';
import { loadQuickscanData, questionsFile, rulesFile } from './quickscan-check.ts';
import type { CatalogEntry, QuickscanCatalog, QuickscanData } from './quickscan.ts';

const read = (file: string) => readFileSync(path.join(contentDir, 'quickscan', path.basename(file)), 'utf8');

const known: Record<QuickscanCollection, ReadonlySet<string>> = {
  praktijkvoorbeelden: new Set(practices.map((e) => e.id)),
  regelingen: new Set(schemes.map((e) => e.id)),
  knelpunten: new Set(bottlenecks.map((e) => e.id)),
  lessen: new Set(lessons.map((e) => e.id)),
};

/** The questions and rules, resolved and checked. */
export const quickscan: QuickscanData = loadQuickscanData({ questions: read(questionsFile), rules: read(rulesFile) }, { regions, sectors }, known);

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

/** Every entry the report can link, as plain JSON for the island (Dutch: the scan is Dutch). */
export function quickscanCatalog(): QuickscanCatalog {
  const entry = <E extends { id: string; data: object }>(collection: QuickscanCollection, e: E, extra: Partial<CatalogEntry>): CatalogEntry => {
    const link = linkTo(collection, 'nl')(e);
    const d = e.data as { regions?: string[]; sectors?: string[] };
    return { id: e.id, title: link.label, href: link.href, regions: d.regions ?? [], sectors: d.sectors ?? [], ...extra };
  };
  return {
    praktijkvoorbeelden: practices.map((e) => entry('praktijkvoorbeelden', e, {})),
    regelingen: schemes.map((e) =>
      entry('regelingen', e, { windows: e.data.windows.map((w) => ({ opens: day(w.opens), closes: day(w.closes) })), ongoing: e.data.ongoing }),
    ),
    knelpunten: bottlenecks.map((e) => entry('knelpunten', e, { solutions: e.data.solutions.map((s) => s.title) })),
    lessen: lessons.map((e) => entry('lessen', e, {})),
  };
}
