/**
 * The editorial rules of issue 15 over the real content/ folder, and over small fixtures in
 * test/fixtures/content-rules/ that each break one rule, to show that every rule can fail.
 * Rules and thresholds: site/lib/content-rules.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../site/lib/content-files.ts';
import {
  allMetadataProblems,
  figureProblems,
  isLargeNumberWord,
  ownWordProblems,
  plainMarkdown,
  repeatProblems,
  termSchemeProblems,
  writtenDates,
} from '../../site/lib/content-rules.ts';

const { entries, problems } = readContent('content');
const fixtures = (name: string) => readContent(path.join('test/fixtures/content-rules', name));
// The seed documents live next to the repository (DESIGN.md: ../shared/seeds/); a clean clone
// in CI may not have them, and then the check that needs their text is skipped.
const seedDir = path.resolve('..', 'shared', 'seeds');
const seedText = (seed: string) => (existsSync(path.join(seedDir, seed)) ? readFileSync(path.join(seedDir, seed), 'utf8') : undefined);

describe('the curated content in content/', () => {
  it('has entries in every collection and parses every file with its schema', () => {
    expect(problems).toEqual([]);
    expect(new Set(entries.map((e) => e.collection))).toEqual(new Set(['praktijkvoorbeelden', 'regelingen', 'lessen', 'knelpunten', 'begrippen']));
  });

  it('meets the depth of issue 15: 60 practices, 20 schemes, 12 lessons and 15 bottlenecks, over the four action lines and 15 regions', () => {
    const count = (collection: string) => entries.filter((e) => e.collection === collection).length;
    expect({ praktijkvoorbeelden: count('praktijkvoorbeelden') >= 60, regelingen: count('regelingen') >= 20, lessen: count('lessen') >= 12, knelpunten: count('knelpunten') >= 15 })
      .toEqual({ praktijkvoorbeelden: true, regelingen: true, lessen: true, knelpunten: true });
    const practices = entries.flatMap((e) => (e.collection === 'praktijkvoorbeelden' ? [e.data] : []));
    const regions = new Set(practices.flatMap((p) => p.regions).filter((r) => r !== 'landelijk'));
    expect(regions.size).toBeGreaterThanOrEqual(15);
    expect(new Set(practices.flatMap((p) => p.actionLines)).size).toBe(4);
  });

  it('declares every figure in the text as a fact from one of the entry’s sources, and no fact that is not in the text', () => {
    expect(figureProblems(entries)).toEqual([]);
  });

  it('gives the body of every praktijkvoorbeeld, regeling, les and knelpunt at least 120 words of its own', () => {
    expect(ownWordProblems(entries)).toEqual([]);
  });

  it('has no entry whose text mostly repeats another entry', () => {
    expect(repeatProblems(entries)).toEqual([]);
  });

  it('links a begrip to the regeling it describes instead of repeating it', () => {
    expect(termSchemeProblems(entries)).toEqual([]);
  });

  it('keeps metadata in line with the text', () => {
    expect(allMetadataProblems(entries, seedText)).toEqual([]);
  });

  it.runIf(existsSync(seedDir))('names only seed files that exist', () => {
    const missing = entries.flatMap((e) => e.data.sources.filter((s) => s.seed && seedText(s.seed) === undefined).map((s) => `${e.file}: ${s.seed}`));
    expect(missing).toEqual([]);
  });
});

describe('the rules fail on content that breaks them', () => {
  it('finds figures without a fact (digits and number words of ten and more) and facts no longer in the text', () => {
    const { entries: broken, problems: parse } = fixtures('figures');
    expect(parse).toEqual([]);
    expect(figureProblems(broken)).toEqual([
      'test/fixtures/content-rules/figures/praktijkvoorbeelden/cijfers-zonder-bron.md: summary: "45" is niet als fact gedeclareerd ("…erk in de zorg. In 2024 deden 45 mensen mee; ruim twintig van…")',
      'test/fixtures/content-rules/figures/praktijkvoorbeelden/cijfers-zonder-bron.md: summary: "twintig" is niet als fact gedeclareerd ("…024 deden 45 mensen mee; ruim twintig van hen vonden een baan.…")',
      'test/fixtures/content-rules/figures/praktijkvoorbeelden/cijfers-zonder-bron.md: body: "3" is niet als fact gedeclareerd ("…orbeeld begon het traject met 3 zorgorganisaties. De deelneme…")',
      'test/fixtures/content-rules/figures/praktijkvoorbeelden/cijfers-zonder-bron.md: fact "12 weken" staat nergens in de tekst',
    ]);
  });

  it('finds a body with too few words of its own', () => {
    expect(ownWordProblems(fixtures('own-words').entries)).toEqual([
      'test/fixtures/content-rules/own-words/knelpunten/te-kort.md: de tekst heeft 30 eigen woorden, minstens 120 nodig',
    ]);
  });

  it('finds an entry that copies another entry', () => {
    expect(repeatProblems(fixtures('repeat').entries)).toEqual([
      expect.stringMatching(/^test\/fixtures\/content-rules\/repeat\/praktijkvoorbeelden\/kopie\.md: \d+% van de tekst staat ook in test\/fixtures\/content-rules\/repeat\/regelingen\/origineel\.md \(hoogstens 30%\)$/),
      expect.stringMatching(/^test\/fixtures\/content-rules\/repeat\/regelingen\/origineel\.md: \d+% van de tekst staat ook in test\/fixtures\/content-rules\/repeat\/praktijkvoorbeelden\/kopie\.md \(hoogstens 30%\)$/),
    ]);
  });

  it('finds a begrip that repeats its regeling instead of linking it', () => {
    expect(termSchemeProblems(fixtures('term-scheme').entries)).toEqual([
      'test/fixtures/content-rules/term-scheme/begrippen/jobcoaching.md: beschrijft regeling "jobcoaching"; zet die onder schemes en verwijs ernaar',
      expect.stringMatching(/^test\/fixtures\/content-rules\/term-scheme\/begrippen\/jobcoaching\.md: herhaalt \d+% van regeling "jobcoaching" \(hoogstens 15%\); houd het bij een definitie en een link$/),
    ]);
  });

  it('finds metadata that the text contradicts', () => {
    expect(allMetadataProblems(fixtures('metadata').entries)).toEqual([
      'test/fixtures/content-rules/metadata/praktijkvoorbeelden/organisatie-niet-in-tekst.md: organisations noemt "Bakkerij De Korst", maar de tekst noemt die organisatie niet',
      'test/fixtures/content-rules/metadata/praktijkvoorbeelden/organisatie-niet-in-tekst.md: de tekst zegt dat de bron geen regio noemt, maar regions noemt midden-utrecht',
      'test/fixtures/content-rules/metadata/praktijkvoorbeelden/organisatie-niet-in-tekst.md: de tekst zegt dat de bron geen resultaten noemt, maar results is ingevuld',
      'test/fixtures/content-rules/metadata/praktijkvoorbeelden/organisatie-niet-in-tekst.md: status is pilot, maar de tekst noemt geen pilot of proef',
      'test/fixtures/content-rules/metadata/praktijkvoorbeelden/organisatie-niet-in-tekst.md: evidence is geevalueerd, maar de tekst noemt geen evaluatie of onderzoek',
      'test/fixtures/content-rules/metadata/regelingen/toekenner-als-aanvrager.md: applicants noemt "gemeente", maar de gemeente is de financier die de regeling toekent (financer: "Gemeente Voorbeeld"); noem wie aanvraagt',
      'test/fixtures/content-rules/metadata/regelingen/toekenner-als-aanvrager.md: de tekst noemt de status onbekend, maar windows of ongoing geven een status',
      'test/fixtures/content-rules/metadata/lessen/datum-nergens.md: date 2023-05-04 is geen datum van een bron en staat niet in de tekst',
    ]);
  });

  it('checks a seed source’s date against the seed text', () => {
    const { entries: lesson } = fixtures('metadata');
    const dated = lesson.find((e) => e.id === 'datum-nergens')!;
    const asSeed = { ...dated, data: { ...dated.data, date: undefined, sources: [{ ...dated.data.sources[0]!, url: undefined, seed: '001_abc.txt' }] } } as typeof dated;
    expect(allMetadataProblems([asSeed], () => 'Verslag van 2 mei 2023')).toEqual([
      'test/fixtures/content-rules/metadata/lessen/datum-nergens.md: bron "bron": datum 2023-06-01 staat niet in 001_abc.txt',
    ]);
    expect(allMetadataProblems([asSeed], () => 'Verslag, 1 juni 2023')).toEqual([]);
  });

  it('reports a fact that points to a source the entry does not have as a schema problem', () => {
    expect(fixtures('broken').problems).toEqual([
      {
        file: 'test/fixtures/content-rules/broken/lessen/zonder-bron-id.md',
        issues: ['veld "facts.0.source": verwijst naar bron "rapport", maar die staat niet onder sources (kies uit: verslag)'],
      },
    ]);
  });
});

describe('text helpers of the rules', () => {
  it('reads markdown as the reader sees it: list numbers and link targets are not text', () => {
    expect(plainMarkdown('## Kop\n\n1. Eerste stap\n2. **Tweede** stap met [een link](https://example.org/2024)')).toBe('Kop\n\nEerste stap\nTweede stap met een link');
  });

  it('counts Dutch number words from ten upward as figures', () => {
    expect(['tien', 'vijftig', 'tienduizenden', 'vijfentwintig', 'honderd', 'miljoen'].every(isLargeNumberWord)).toBe(true);
    expect(['een', 'twee', 'negen', 'zelf', 'entree', 'tiener'].some(isLargeNumberWord)).toBe(false);
  });

  it('finds the dates a Dutch text writes out', () => {
    expect(writtenDates('Op 18 november 2016 en 11-07-2024, niet 2024.')).toEqual(['2016-11-18', '2024-07-11']);
  });
});
