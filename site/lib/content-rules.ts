/**
 * Editorial rules for curated content that a schema cannot express, checked over the real
 * `content/` folder by `test/unit/content-rules.test.ts` (and over small broken fixtures, to show
 * that each rule can fail):
 *
 * 1. Every figure in an entry's text is declared as a fact: each digit group, and each Dutch
 *    number word of ten or more ("tien", "vijftig", "tienduizenden"), lies inside an occurrence
 *    of some fact `value`; and every fact's value occurs in the text (no stale facts).
 * 2. The body of a praktijkvoorbeeld, regeling, les or knelpunt has at least `minOwnWords`
 *    words of its own: words not inside a `shingleSize`-word run that also occurs in another entry.
 * 3. No entry mostly repeats another: the share of its word runs (shingles) found in one other
 *    entry stays at or below `maxRepeatShare`.
 * 4. A begrip that describes a regeling (same name, or a large share of its text) links to it in
 *    `schemes`, and repeats at most `maxTermSchemeShare` of its own text from it.
 * 5. Metadata agrees with the text where a machine can check it (see `metadataProblems`).
 *
 * Pure functions over parsed entries (`site/lib/content-files.ts`); no file access here.
 */
import type { Fact } from '../../functions/contracts/content.ts';
import type { ContentFile } from './content-files.ts';

/** Words per shingle: long enough that shared stock phrases ("op de werkvloer") do not count. */
export const shingleSize = 5;
/** Own words a body needs (issue 15): less is a page that wastes the reader's click. */
export const minOwnWords = 120;
/**
 * Share of an entry's shingles that may also occur in one other entry. Five-word runs rarely
 * coincide by chance; when more than three in ten of them are found in one other entry, whole
 * sentences were reused and the entry largely repeats that one. (Before the migration of
 * December 2026 the highest share was 0.52, a begrip copying its regeling; afterwards the highest
 * is well below this.)
 */
export const maxRepeatShare = 0.3;
/**
 * Share of a begrip's shingles that may come from a regeling it describes: a definition and a
 * link, not a second copy of the scheme's page.
 */
export const maxTermSchemeShare = 0.15;

/** The collections whose bodies carry the knowledge base and need `minOwnWords`. */
export const bodyCollections = ['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten'] as const;

/** A piece of an entry's visible text, named by its field (`body`, `conditions.1`, …). */
export interface TextPart {
  field: string;
  text: string;
}

/**
 * Markdown as the reader sees it: without heading marks, list markers (an ordered list's "1." is
 * layout, not a figure), emphasis, link targets and HTML tags.
 */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/^\s*>\s?/, ''),
    )
    .join('\n')
    .replace(/(\*\*|__|\*|_|`)/g, '');
}

/** Every piece of text an entry shows, by field, the body as plain text. */
export function textParts(entry: ContentFile): TextPart[] {
  const parts: TextPart[] = [];
  const add = (field: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') parts.push({ field, text });
  };
  switch (entry.collection) {
    case 'praktijkvoorbeelden': {
      const d = entry.data;
      add('title', d.title);
      add('summary', d.summary);
      add('results', d.results);
      add('period', d.period);
      break;
    }
    case 'regelingen': {
      const d = entry.data;
      add('name', d.name);
      add('summary', d.summary);
      add('amount', d.amount);
      add('legalBasis', d.legalBasis);
      d.conditions.forEach((c, i) => add(`conditions.${i}`, c));
      d.windows.forEach((w, i) => add(`windows.${i}.note`, w.note));
      break;
    }
    case 'lessen': {
      const d = entry.data;
      add('title', d.title);
      add('summary', d.summary);
      d.werkzameElementen.forEach((w, i) => add(`werkzameElementen.${i}`, w));
      d.knelpunten.forEach((k, i) => {
        add(`knelpunten.${i}.knelpunt`, k.knelpunt);
        add(`knelpunten.${i}.oplossing`, k.oplossing);
      });
      d.alsoMentioned.forEach((m, i) => add(`alsoMentioned.${i}.note`, m.note));
      break;
    }
    case 'knelpunten': {
      const d = entry.data;
      add('title', d.title);
      add('summary', d.summary);
      d.solutions.forEach((s, i) => {
        add(`solutions.${i}.title`, s.title);
        add(`solutions.${i}.description`, s.description);
      });
      d.alsoMentioned.forEach((m, i) => add(`alsoMentioned.${i}.note`, m.note));
      break;
    }
    case 'begrippen': {
      const d = entry.data;
      add('term', d.term);
      add('definition', d.definition);
      break;
    }
  }
  add('body', plainMarkdown(entry.body));
  return parts;
}

const NUMBER_MORPHEMES = 'een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard|en';
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_MORPHEMES})+$`, 'i');
const LARGE = /tien|elf|twaalf|tig|honderd|duizend|miljoen|miljard/i;

/** True for a Dutch number word of ten or more: "tien", "vijftig", "tienduizenden", "miljoen". */
export function isLargeNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word) && LARGE.test(word);
}

/** A figure in the text: its place, the figure itself and a little context for the message. */
export interface Figure {
  field: string;
  figure: string;
  context: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Where fact values occur in a text: [start, end) ranges. A value that starts or ends with a
// digit must not continue a longer number ("20" does not cover the "20" of "2020").
function coveredRanges(text: string, facts: readonly Fact[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const fact of facts) {
    const value = fact.value.trim();
    if (value === '') continue;
    const before = /^\d/.test(value) ? '(?<![\\d.,])' : '';
    const after = /\d$/.test(value) ? '(?![\\d]|[.,]\\d)' : '';
    const pattern = new RegExp(`${before}${escapeRegExp(value).replace(/\s+/g, '\\s+')}${after}`, 'gi');
    for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

const inside = (ranges: readonly [number, number][], start: number, end: number) => ranges.some(([s, e]) => s <= start && end <= e);

function around(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30)).replace(/\s+/g, ' ').trim();
}

/** Figures in the entry's text that no fact declares. */
export function undeclaredFigures(entry: ContentFile): Figure[] {
  const facts = entry.data.facts;
  const missing: Figure[] = [];
  for (const { field, text } of textParts(entry)) {
    const ranges = coveredRanges(text, facts);
    for (const m of text.matchAll(/\d+/g)) {
      const end = m.index + m[0].length;
      if (!inside(ranges, m.index, end)) missing.push({ field, figure: m[0], context: around(text, m.index, end) });
    }
    for (const m of text.matchAll(/\p{L}+/gu)) {
      const end = m.index + m[0].length;
      if (isLargeNumberWord(m[0]) && !inside(ranges, m.index, end)) missing.push({ field, figure: m[0], context: around(text, m.index, end) });
    }
  }
  return missing;
}

/** Facts whose value occurs nowhere in the entry's text: a figure that was edited away. */
export function unusedFacts(entry: ContentFile): Fact[] {
  const parts = textParts(entry);
  return entry.data.facts.filter((fact) => !parts.some((p) => coveredRanges(p.text, [fact]).length > 0));
}

/** The words of a text, lower case, for comparing entries. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

/** The runs of `size` consecutive words of a word list, joined by spaces. */
export function shingles(list: readonly string[], size = shingleSize): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) out.add(list.slice(i, i + size).join(' '));
  return out;
}

/** All visible text of an entry as one string (for comparing entries). */
export function fullText(entry: ContentFile): string {
  return textParts(entry)
    .map((p) => p.text)
    .join('\n');
}

/** The share of `a`'s shingles that also occur in `b` (0 when `a` has none). */
export function repeatShare(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared += 1;
  return shared / a.size;
}

/**
 * The words of the body that are the entry's own: not part of any shingle that also occurs in
 * `others` (the shingles of every other entry).
 */
export function ownBodyWords(entry: ContentFile, others: Pick<ReadonlySet<string>, 'has'>, size = shingleSize): number {
  const list = words(plainMarkdown(entry.body));
  const shared = new Array<boolean>(list.length).fill(false);
  for (let i = 0; i + size <= list.length; i++) {
    if (others.has(list.slice(i, i + size).join(' '))) for (let j = i; j < i + size; j++) shared[j] = true;
  }
  return shared.filter((s) => !s).length;
}

/** The other entries' shingles, for every entry: key `collection/id`. */
export function shinglesByEntry(entries: readonly ContentFile[]): Map<string, Set<string>> {
  return new Map(entries.map((e) => [`${e.collection}/${e.id}`, shingles(words(fullText(e)))]));
}

// The core of a name: without a part in brackets and without a " – subtitle".
function nameCore(name: string): string {
  return name.replace(/\([^)]*\)/g, ' ').split(/\s[–-]\s/)[0]!.toLowerCase().replace(/\s+/g, ' ').trim();
}

function containsPhrase(haystack: string, phrase: string): boolean {
  if (phrase.length < 3) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}

/**
 * Whether a begrip names a regeling: one of its spellings (the term, the parts of "X (Y)", its
 * synonyms) is the core of the scheme's name or a phrase within it.
 */
export function termNamesScheme(term: { term: string; synonyms: readonly string[] }, schemeName: string): boolean {
  const core = nameCore(schemeName);
  const spellings = [term.term, ...term.synonyms];
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(term.term);
  if (bracketed) spellings.push(bracketed[1]!, bracketed[2]!);
  return spellings.some((spelling) => {
    const s = spelling.trim();
    // An abbreviation in capitals ("VIA", "RMT") only matches in capitals: "via" is also a word.
    if (/^[\p{Lu}\d+]+$/u.test(s)) return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(s)}($|[^\\p{L}\\p{N}])`, 'u').test(schemeName.replace(/\([^)]*\)/g, ' '));
    return s.toLowerCase() === core || containsPhrase(core, s.toLowerCase());
  });
}

/** The regelingen a begrip describes: by name, or because it shares a large part of its text. */
export function schemesDescribedBy(term: ContentFile<'begrippen'>, schemes: readonly ContentFile<'regelingen'>[]): ContentFile<'regelingen'>[] {
  const own = shingles(words(fullText(term)));
  return schemes.filter((s) => termNamesScheme(term.data, s.data.name) || repeatShare(own, shingles(words(fullText(s)))) > maxTermSchemeShare);
}

const lower = (text: string) => text.toLowerCase();

/** A name occurs in the text: whole, or (for "Gemeente X", "Provincie Y (land)") its distinctive words. */
export function nameOccurs(name: string, text: string): boolean {
  const core = nameCore(name);
  if (containsPhrase(text, core)) return true;
  // "Ministerie van Sociale Zaken en Werkgelegenheid" is also named by its initials, "SZW".
  const initials = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !['Ministerie', 'Gemeente', 'Provincie', 'Stichting'].includes(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2 && new RegExp(`(^|[^\\p{L}])${initials}($|[^\\p{L}])`, 'u').test(text)) return true;
  const distinctive = words(core).filter((w) => w.length >= 4 && !['gemeente', 'gemeenten', 'provincie', 'ministerie', 'stichting', 'regio'].includes(w));
  return distinctive.length > 0 && distinctive.every((w) => containsPhrase(text, w));
}

/**
 * Where metadata contradicts the entry's own text, as far as a machine can tell:
 * - a regeling's applicants never include the party that grants it (a gemeente as financer);
 * - a regeling whose text says the sources do not name who may apply lists no applicants;
 * - a regeling whose text calls its status unknown has no windows and is not ongoing;
 * - every organisation and partner of a praktijkvoorbeeld is named in its text;
 * - a praktijkvoorbeeld whose text says the source names no region lists none, and one whose
 *   text says there are no results has no `results`;
 * - `status: pilot` is called a pilot or trial in the text; `evidence` above `beschreven`
 *   mentions the evaluation or study;
 * - a les's `date` is one of its sources' dates or is written in its text;
 * - every source's date of a seed without URL is written in that seed (`seedText` gives it).
 */
export function metadataProblems(entry: ContentFile, seedText: (seed: string) => string | undefined = () => undefined): string[] {
  const problems: string[] = [];
  const text = fullText(entry);
  const says = (pattern: RegExp) => pattern.test(text);
  if (entry.collection === 'regelingen') {
    const d = entry.data;
    if (d.financer && /gemeente/i.test(d.financer) && d.applicants.includes('gemeente')) {
      problems.push(`applicants noemt "gemeente", maar de gemeente is de financier die de regeling toekent (financer: "${d.financer}"); noem wie aanvraagt`);
    }
    if (says(/(wie (precies )?(mag|kan) aanvragen[^.]*(staat niet|noemt)|noemt geen aanvraagprocedure|niet wie (er )?(mag|kan) aanvragen)/i) && d.applicants.length > 0) {
      problems.push(`de tekst zegt dat de bron niet noemt wie mag aanvragen, maar applicants noemt ${d.applicants.join(', ')}`);
    }
    if (says(/status is (daarom )?onbekend/i) && (d.windows.length > 0 || d.ongoing)) {
      problems.push('de tekst noemt de status onbekend, maar windows of ongoing geven een status');
    }
  }
  if (entry.collection === 'praktijkvoorbeelden') {
    const d = entry.data;
    for (const field of ['organisations', 'partners'] as const) {
      for (const name of d[field]) {
        if (!nameOccurs(name, text)) problems.push(`${field} noemt "${name}", maar de tekst noemt die organisatie niet`);
      }
    }
    if (says(/bron(nen)? noem(t|en) geen regio/i) && d.regions.length > 0) {
      problems.push(`de tekst zegt dat de bron geen regio noemt, maar regions noemt ${d.regions.join(', ')}`);
    }
    if (says(/(noem(t|en) (nog )?geen (behaalde )?resultaten|geeft geen resultaten|resultaten staan niet in de bron)/i) && d.results !== undefined) {
      problems.push('de tekst zegt dat de bron geen resultaten noemt, maar results is ingevuld');
    }
    if (d.status === 'pilot' && !says(/pilot|proef/i)) problems.push('status is pilot, maar de tekst noemt geen pilot of proef');
    if (d.evidence !== 'beschreven' && !says(/evalua|onderzo/i)) problems.push(`evidence is ${d.evidence}, maar de tekst noemt geen evaluatie of onderzoek`);
  }
  if (entry.collection === 'lessen' && entry.data.date) {
    const day = entry.data.date.toISOString().slice(0, 10);
    const sourceDays = entry.data.sources.map((s) => s.date?.toISOString().slice(0, 10));
    if (!sourceDays.includes(day) && !writtenDates(text).includes(day)) {
      problems.push(`date ${day} is geen datum van een bron en staat niet in de tekst`);
    }
  }
  for (const source of entry.data.sources) {
    if (!source.seed || source.url || !source.date) continue;
    const seed = seedText(source.seed);
    if (seed === undefined) continue;
    const day = source.date.toISOString().slice(0, 10);
    if (!writtenDates(seed).includes(day)) problems.push(`bron "${source.id}": datum ${day} staat niet in ${source.seed}`);
  }
  return problems;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The days a Dutch text writes out ("18 november 2016", "11-07-2024", "2024-07-11"), as YYYY-MM-DD. */
export function writtenDates(text: string): string[] {
  const days: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi'))) {
    days.push(`${m[3]}-${pad(MONTHS.indexOf(lower(m[2]!)) + 1)}-${pad(Number(m[1]))}`);
  }
  for (const m of text.matchAll(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g)) days.push(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) days.push(`${m[1]}-${m[2]}-${m[3]}`);
  return days;
}

// --- The rules over a whole set of entries, each returning readable problems ('file: what'). ---

const where = (entry: ContentFile) => entry.file;

/** Rule 1: figures without a fact, and facts whose figure is gone. */
export function figureProblems(entries: readonly ContentFile[]): string[] {
  return entries.flatMap((entry) => [
    ...undeclaredFigures(entry).map((f) => `${where(entry)}: ${f.field}: "${f.figure}" is niet als fact gedeclareerd ("…${f.context}…")`),
    ...unusedFacts(entry).map((f) => `${where(entry)}: fact "${f.value}" staat nergens in de tekst`),
  ]);
}

/** Rule 2: bodies with fewer than `minOwnWords` words of their own. */
export function ownWordProblems(entries: readonly ContentFile[]): string[] {
  const byEntry = shinglesByEntry(entries);
  // In how many entries each shingle occurs: a shingle of this entry is shared when another has it too.
  const counts = new Map<string, number>();
  for (const set of byEntry.values()) for (const s of set) counts.set(s, (counts.get(s) ?? 0) + 1);
  return entries
    .filter((e) => (bodyCollections as readonly string[]).includes(e.collection))
    .flatMap((entry) => {
      const own = byEntry.get(`${entry.collection}/${entry.id}`)!;
      const others = { has: (s: string) => (counts.get(s) ?? 0) - (own.has(s) ? 1 : 0) > 0 };
      const words = ownBodyWords(entry, others);
      return words < minOwnWords ? [`${where(entry)}: de tekst heeft ${words} eigen woorden, minstens ${minOwnWords} nodig`] : [];
    });
}

/** Rule 3: entries that mostly repeat another entry. */
export function repeatProblems(entries: readonly ContentFile[]): string[] {
  const byEntry = shinglesByEntry(entries);
  const problems: string[] = [];
  for (const a of entries) {
    const own = byEntry.get(`${a.collection}/${a.id}`)!;
    for (const b of entries) {
      if (a === b) continue;
      const share = repeatShare(own, byEntry.get(`${b.collection}/${b.id}`)!);
      if (share > maxRepeatShare) problems.push(`${where(a)}: ${Math.round(share * 100)}% van de tekst staat ook in ${where(b)} (hoogstens ${Math.round(maxRepeatShare * 100)}%)`);
    }
  }
  return problems;
}

/** Rule 4: begrippen that describe a regeling without linking it, or that repeat it. */
export function termSchemeProblems(entries: readonly ContentFile[]): string[] {
  const schemes = entries.filter((e): e is ContentFile<'regelingen'> => e.collection === 'regelingen');
  const terms = entries.filter((e): e is ContentFile<'begrippen'> => e.collection === 'begrippen');
  return terms.flatMap((term) => {
    const own = shingles(words(fullText(term)));
    return schemesDescribedBy(term, schemes).flatMap((scheme) => {
      const problems: string[] = [];
      if (!term.data.schemes.includes(scheme.id)) problems.push(`${where(term)}: beschrijft regeling "${scheme.id}"; zet die onder schemes en verwijs ernaar`);
      const share = repeatShare(own, shingles(words(fullText(scheme))));
      if (share > maxTermSchemeShare) problems.push(`${where(term)}: herhaalt ${Math.round(share * 100)}% van regeling "${scheme.id}" (hoogstens ${Math.round(maxTermSchemeShare * 100)}%); houd het bij een definitie en een link`);
      return problems;
    });
  });
}

/** Rule 5 over all entries. */
export function allMetadataProblems(entries: readonly ContentFile[], seedText?: (seed: string) => string | undefined): string[] {
  return entries.flatMap((entry) => metadataProblems(entry, seedText).map((p) => `${where(entry)}: ${p}`));
}
