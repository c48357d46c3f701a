import { describe, expect, it } from 'vitest';
import { practiceSchema, schemeSchema } from '../../functions/contracts/content.ts';
import { schemeStatuses } from '../../functions/domain/scheme-status.ts';
import {
  columnDocumentation,
  columnTypes,
  CsvValueError,
  csvField,
  practiceColumns,
  schemeColumns,
  schemeExportEntries,
  toCsv,
  toJson,
  UTF8_BOM,
} from '../../site/lib/open-data.ts';
import { csvObjects, parseCsv } from './support/rfc4180.ts';

const source = { id: 'plan-van-aanpak', title: "Plan van aanpak 'Statushouders aan het werk'", publisher: 'Ministerie van SZW', seed: '004_e6fd3a2a5221d3ae.txt' };
const practice = {
  id: 'voorbeeld',
  data: practiceSchema.parse({
    title: 'Leren en werken, "samen"',
    summary: 'Een samenvatting met een komma, een "aanhalingsteken"\nen een nieuwe regel erin.',
    organisations: ['Organisatie A', 'Organisatie B'],
    regions: ['midden-utrecht', 'landelijk'],
    sectors: ['zorg'],
    actionLines: [2, 3],
    sources: [source, { id: 'tweede-bron', title: 'Tweede bron', publisher: 'Uitgever', url: 'https://example.org/bron', date: '2024-07-11' }],
    lastVerified: '2026-11-22',
  }),
};
const schemeA = {
  id: 'a',
  data: schemeSchema.parse({
    name: 'Regeling A',
    summary: 'Een regeling om mee te testen, met een aanvraagperiode.',
    kind: 'subsidie',
    applicants: ['gemeente'],
    paysFor: ['taal', 'leerwerktraject'],
    windows: [{ opens: '2026-12-01', closes: '2026-12-31', note: 'Eerste ronde' }, { opens: '2027-06-01' }],
    combinesWith: ['b'],
    sources: [source],
    lastVerified: '2026-11-22',
  }),
};
const schemeB = {
  id: 'b',
  data: schemeSchema.parse({
    name: 'Regeling B',
    summary: 'Een regeling die altijd te gebruiken is, zonder periode.',
    kind: 'instrument',
    ongoing: true,
    sources: [source],
    lastVerified: '2026-11-01',
  }),
};
const ctx = { origin: 'https://werkpad.example', today: new Date('2026-11-22T09:30:00Z') };

describe('column documentation', () => {
  it('describes every column in Dutch with a documented type, names unique per dataset', () => {
    const doc = columnDocumentation();
    expect(doc.datasets.map((d) => d.name)).toEqual(['praktijkvoorbeelden', 'regelingen', 'werkgevers']);
    for (const dataset of doc.datasets) {
      expect(new Set(dataset.columns.map((c) => c.name)).size).toBe(dataset.columns.length);
      for (const c of dataset.columns) {
        expect(c.description.length, c.name).toBeGreaterThan(5);
        expect(Object.keys(columnTypes)).toContain(c.type);
      }
    }
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('exports every field of the content schemas, plus URL, status and status date', () => {
    const exported = new Set(practiceColumns.map((c) => c.name));
    for (const field of Object.keys(practiceSchema.shape)) expect(exported.has(field), field).toBe(true);
    const schemeExported = new Set(schemeColumns.map((c) => c.name));
    for (const field of Object.keys(schemeSchema.shape)) expect(schemeExported.has(field), field).toBe(true);
    expect([...schemeExported]).toEqual(expect.arrayContaining(['id', 'url', 'status', 'statusDate']));
  });
});

describe('CSV', () => {
  it('quotes only fields that need it, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zeg "hoi"')).toBe('"zeg ""hoi"""');
    expect(csvField('regel\r\nregel')).toBe('"regel\r\nregel"');
  });

  it('writes a BOM, a header and CRLF-ended records that a strict reader reads back', () => {
    const csv = toCsv(practiceColumns, [practice], ctx);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, rows } = csvObjects(csv);
    expect(header).toEqual(practiceColumns.map((c) => c.name));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.title).toBe('Leren en werken, "samen"');
    expect(row.summary).toBe(practice.data.summary);
    expect(row.url).toBe('https://werkpad.example/praktijkvoorbeelden/voorbeeld/');
    expect(row.organisations).toBe('Organisatie A|Organisatie B');
    expect(row.actionLines).toBe('2|3');
    expect(row.results).toBe('');
    expect(row.evidence).toBe('beschreven');
    expect(row.lastVerified).toBe('2026-11-22');
    expect(row.sources).toBe("Plan van aanpak 'Statushouders aan het werk'; Ministerie van SZW|Tweede bron; Uitgever; 2024-07-11; https://example.org/bron");
    expect(csv).not.toContain('004_e6fd3a2a5221d3ae');
  });

  it('writes schemes with their derived status, the status date, windows as intervals and symmetric combinations', () => {
    const { rows } = csvObjects(toCsv(schemeColumns, schemeExportEntries([schemeA, schemeB]), ctx));
    expect(rows.map((r) => [r.id, r.status, r.statusDate])).toEqual([
      ['a', 'verwacht', '2026-11-22'],
      ['b', 'doorlopend', '2026-11-22'],
    ]);
    expect(rows[0]!.windows).toBe('2026-12-01/2026-12-31|2027-06-01/..');
    expect(rows[0]!.ongoing).toBe('false');
    expect(rows[0]!.combinesWith).toBe('b');
    expect(rows[1]!.combinesWith).toBe('a');
    expect(rows[1]!.financer).toBe('');
  });

  it('stops the build when a list item holds the list separator', () => {
    const bad = { ...practice, data: { ...practice.data, partners: ['A | B'] } };
    expect(() => toCsv(practiceColumns, [bad], ctx)).toThrow(CsvValueError);
  });

  it('has as many fields in every record as in the header', () => {
    const records = parseCsv(toCsv(schemeColumns, schemeExportEntries([schemeA, schemeB]), ctx).slice(1));
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([schemeColumns.length]));
  });
});

describe('JSON', () => {
  it('keeps lists, sources and windows structured, with the same keys as the CSV header', () => {
    const json = JSON.parse(toJson('regelingen', schemeColumns, schemeExportEntries([schemeA, schemeB]), ctx));
    expect(json).toMatchObject({ dataset: 'regelingen', generated: '2026-11-22', count: 2, documentation: 'https://werkpad.example/data/kolommen.json' });
    const [a, b] = json.items;
    expect(Object.keys(a)).toEqual(schemeColumns.map((c) => c.name));
    expect(a.windows).toEqual([
      { opens: '2026-12-01', closes: '2026-12-31', note: 'Eerste ronde' },
      { opens: '2027-06-01', closes: null, note: null },
    ]);
    expect(a.paysFor).toEqual(['taal', 'leerwerktraject']);
    expect(schemeStatuses).toContain(a.status);
    expect(b).toMatchObject({ ongoing: true, status: 'doorlopend', financer: null, combinesWith: ['a'] });
    expect(a.sources).toEqual([{ title: source.title, publisher: source.publisher, date: null, url: null }]);
  });

  it('writes every figure of the text as a fact with its source’s title and where the source states it', () => {
    const withFacts = {
      ...practice,
      data: { ...practice.data, facts: [{ value: '80', measures: 'statushouders met een mentor (doel)', source: 'plan-van-aanpak', where: 'actielijn 4, actie 2' }] },
    };
    const json = JSON.parse(toJson('praktijkvoorbeelden', practiceColumns, [withFacts], ctx));
    expect(json.items[0].facts).toEqual([{ value: '80', measures: 'statushouders met een mentor (doel)', source: source.title, where: 'actielijn 4, actie 2' }]);
    const { rows } = csvObjects(toCsv(practiceColumns, [withFacts], ctx));
    expect(rows[0]!.facts).toBe(`80; statushouders met een mentor (doel); ${source.title}; actielijn 4, actie 2`);
  });

  it('writes practices with absolute URLs and numbers for action lines', () => {
    const json = JSON.parse(toJson('praktijkvoorbeelden', practiceColumns, [practice], ctx));
    expect(json.items[0]).toMatchObject({ id: 'voorbeeld', actionLines: [2, 3], url: 'https://werkpad.example/praktijkvoorbeelden/voorbeeld/' });
  });
});
