/**
 * Open data: the praktijkvoorbeelden and regelingen as JSON and CSV, with documented columns.
 *
 * One column list per dataset drives both formats and the documentation page, so they cannot
 * drift apart. JSON keeps structure (lists as arrays, sources and windows as objects); CSV
 * follows RFC 4180 and flattens:
 * - fields separated by `,`, records ended by CRLF, a header row with the column names;
 * - a field is quoted with `"` when it holds `,`, `"`, CR or LF, and `"` inside is doubled;
 * - lists are joined with `|` (a list item that itself holds `|` stops the build);
 * - dates as `YYYY-MM-DD`, booleans as `true`/`false`, an empty field for an unknown value;
 * - UTF-8 with a byte-order mark (BOM): Excel — what most of our readers open a CSV with — then
 *   reads ë and ï correctly; programs should read it as `utf-8-sig` (Python) or strip `\uFEFF`.
 * Pure: the routes in `site/pages/data/` pass the content lists, the site origin and the day.
 */
import type { Practice, Scheme } from '../../functions/contracts/content.ts';
import { combinesWithOf } from '../../functions/domain/funding-finder.ts';
import { schemeStatus, type SchemeStatus } from '../../functions/domain/scheme-status.ts';
import { employerColumns } from './employer-open-data.ts';

/** How a column's values look; the documentation page shows the Dutch explanation. */
export const columnTypes = {
  tekst: 'Tekst.',
  'tekst-lijst': 'Lijst van teksten. JSON: een array; CSV: de waarden gescheiden door |.',
  'getal-lijst': 'Lijst van gehele getallen. JSON: een array; CSV: de getallen gescheiden door |.',
  id: 'Vaste id (kleine letters, cijfers en streepjes); verandert nooit.',
  'id-lijst': 'Lijst van vaste ids. JSON: een array; CSV: de ids gescheiden door |.',
  datum: 'Datum als JJJJ-MM-DD.',
  url: 'Volledig webadres (https).',
  'ja-nee': 'JSON: true of false; CSV: true of false.',
  bronnen:
    'Bronnen. JSON: een array van objecten { title, publisher, date, url } (leeg veld: null); CSV: per bron "titel; uitgever; datum; url" (lege delen aan het eind weggelaten), bronnen gescheiden door |.',
  feiten:
    'Cijfers in de tekst, elk met wat het meet, de bron (titel) en de vindplaats in die bron. JSON: een array van objecten { value, measures, source, where }; CSV: per feit "waarde; wat het meet; bron; vindplaats", feiten gescheiden door |.',
  aanvraagperioden:
    'Aanvraagperioden. JSON: een array van objecten { opens, closes, note } (onbekend: null); CSV: per periode "van/tot" (ISO 8601, een open kant als ..), perioden gescheiden door |; de toelichting staat alleen in JSON.',
} as const;
/** A column type: a key of `columnTypes`. */
export type ColumnType = keyof typeof columnTypes;

/** The value of one cell before formatting: JSON-ready. */
type Cell = string | number | boolean | null | readonly string[] | readonly number[] | readonly SourceOut[] | readonly FactOut[] | readonly WindowOut[];
type SourceOut = { title: string; publisher: string | null; date: string | null; url: string | null };
type WindowOut = { opens: string | null; closes: string | null; note: string | null };
type FactOut = { value: string; measures: string; source: string; where: string };

/** A documented column: its name (CSV header and JSON key), Dutch description and type. */
export interface Column<T> {
  name: string;
  description: string;
  type: ColumnType;
  value: (item: T, ctx: ExportContext) => Cell;
}

/** What every export needs besides the data: the site's origin and the day statuses hold for. */
export interface ExportContext {
  /** e.g. `https://werkpad.nl`; URLs in the export are absolute. */
  origin: string | URL;
  /** The day the build computed statuses for. */
  today: Date;
}

/** An entry as the content layer gives it: id plus validated frontmatter. */
export interface ExportEntry<D> {
  id: string;
  data: D;
}

/** A scheme entry plus the whole list, which the symmetric `combinesWith` needs. */
export type SchemeExportEntry = ExportEntry<Scheme> & { all: readonly ExportEntry<Pick<Scheme, 'combinesWith'>>[] };

/** `YYYY-MM-DD` of a date, in UTC (content dates are days without a time zone). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const orNull = (v: string | undefined) => v ?? null;
const pageUrl = (ctx: ExportContext, path: string) => new URL(path, ctx.origin).href;

function sourcesOut(sources: Practice['sources']): SourceOut[] {
  // The `seed` file name is internal to the editors and left out.
  return sources.map((s) => ({
    title: s.title,
    publisher: s.publisher ?? null,
    date: s.date ? isoDay(s.date) : null,
    url: s.url ?? null,
  }));
}

function factsOut(facts: Practice['facts'], sources: Practice['sources']): FactOut[] {
  // A fact names its source by the entry's own id; the export names it by title, like `sources`.
  return facts.map((f) => ({ value: f.value, measures: f.measures, source: sources.find((s) => s.id === f.source)?.title ?? f.source, where: f.where }));
}

/** The columns of praktijkvoorbeelden, in export order. */
export const practiceColumns: readonly Column<ExportEntry<Practice>>[] = [
  { name: 'id', type: 'id', description: 'Vaste id van het praktijkvoorbeeld.', value: (e) => e.id },
  { name: 'url', type: 'url', description: 'Pagina van het praktijkvoorbeeld op Werkpad.', value: (e, c) => pageUrl(c, `/praktijkvoorbeelden/${e.id}/`) },
  { name: 'title', type: 'tekst', description: 'Naam van het praktijkvoorbeeld.', value: (e) => e.data.title },
  { name: 'summary', type: 'tekst', description: 'Korte samenvatting op taalniveau B1.', value: (e) => e.data.summary },
  { name: 'organisations', type: 'tekst-lijst', description: 'Organisaties die het uitvoeren.', value: (e) => e.data.organisations },
  { name: 'partners', type: 'tekst-lijst', description: 'Partners die meedoen.', value: (e) => e.data.partners },
  { name: 'regions', type: 'id-lijst', description: "Arbeidsmarktregio's waar het loopt (ids uit regions.json; landelijk = heel Nederland). Leeg: de bron noemt geen regio.", value: (e) => e.data.regions },
  { name: 'sectors', type: 'id-lijst', description: 'Sectoren (ids uit sectors.json).', value: (e) => e.data.sectors },
  { name: 'actionLines', type: 'getal-lijst', description: "Actielijnen van het plan van aanpak 'Statushouders aan het werk' (1 tot en met 4).", value: (e) => e.data.actionLines },
  { name: 'targetGroups', type: 'id-lijst', description: 'Doelgroepen (ids uit target-groups.json).', value: (e) => e.data.targetGroups },
  { name: 'approaches', type: 'id-lijst', description: 'Aanpakken (ids uit approaches.json).', value: (e) => e.data.approaches },
  { name: 'schemes', type: 'id-lijst', description: 'Gebruikte regelingen (ids uit de dataset regelingen).', value: (e) => e.data.schemes },
  { name: 'lessons', type: 'id-lijst', description: 'Lessen waar dit voorbeeld aan bijdroeg (ids van lessen op Werkpad).', value: (e) => e.data.lessons },
  { name: 'bottlenecks', type: 'id-lijst', description: 'Knelpunten die het aanpakt (ids van knelpunten op Werkpad).', value: (e) => e.data.bottlenecks },
  { name: 'results', type: 'tekst', description: 'Resultaten zoals de bron ze noemt. Leeg: onbekend.', value: (e) => orNull(e.data.results) },
  { name: 'status', type: 'tekst', description: 'pilot, lopend of afgerond. Leeg: onbekend.', value: (e) => orNull(e.data.status) },
  { name: 'period', type: 'tekst', description: 'Looptijd zoals de bron die noemt, bijvoorbeeld "sinds 2017".', value: (e) => orNull(e.data.period) },
  { name: 'evidence', type: 'tekst', description: 'Bewijskracht: beschreven, geevalueerd of effectief-onderzocht.', value: (e) => e.data.evidence },
  { name: 'website', type: 'url', description: 'Website van het initiatief.', value: (e) => orNull(e.data.website) },
  { name: 'origin', type: 'tekst', description: 'redactie (geschreven uit bronnen) of aanmelding (aangemeld door het initiatief zelf).', value: (e) => e.data.origin },
  { name: 'sources', type: 'bronnen', description: 'Bronnen waaruit de gegevens komen.', value: (e) => sourcesOut(e.data.sources) },
  { name: 'facts', type: 'feiten', description: 'Elk cijfer in de tekst met zijn bron en vindplaats.', value: (e) => factsOut(e.data.facts, e.data.sources) },
  { name: 'lastVerified', type: 'datum', description: 'Datum waarop de gegevens voor het laatst met de bronnen zijn vergeleken.', value: (e) => isoDay(e.data.lastVerified) },
];

function windowsOut(windows: Scheme['windows']): WindowOut[] {
  return windows.map((w) => ({
    opens: w.opens ? isoDay(w.opens) : null,
    closes: w.closes ? isoDay(w.closes) : null,
    note: w.note ?? null,
  }));
}

/** The columns of regelingen, in export order. */
export const schemeColumns: readonly Column<SchemeExportEntry>[] = [
  { name: 'id', type: 'id', description: 'Vaste id van de regeling.', value: (e) => e.id },
  { name: 'url', type: 'url', description: 'Pagina van de regeling op Werkpad.', value: (e, c) => pageUrl(c, `/regelingen/${e.id}/`) },
  { name: 'name', type: 'tekst', description: 'Naam van de regeling.', value: (e) => e.data.name },
  { name: 'summary', type: 'tekst', description: 'Korte samenvatting op taalniveau B1.', value: (e) => e.data.summary },
  { name: 'financer', type: 'tekst', description: 'Wie betaalt. Leeg: de bron noemt het niet.', value: (e) => orNull(e.data.financer) },
  { name: 'kind', type: 'tekst', description: 'Soort: subsidie, instrument of dienstverlening.', value: (e) => e.data.kind },
  { name: 'applicants', type: 'id-lijst', description: 'Wie kan aanvragen: gemeente, werkgever, onderwijsinstelling, initiatief of statushouder.', value: (e) => e.data.applicants },
  { name: 'paysFor', type: 'id-lijst', description: 'Waarvoor het betaalt: loonkosten, begeleiding, scholing, taal of leerwerktraject.', value: (e) => e.data.paysFor },
  { name: 'targetGroups', type: 'id-lijst', description: 'Doelgroepen (ids uit target-groups.json).', value: (e) => e.data.targetGroups },
  { name: 'regions', type: 'id-lijst', description: 'Gebied (ids uit regions.json; landelijk = heel Nederland).', value: (e) => e.data.regions },
  { name: 'amount', type: 'tekst', description: 'Bedrag of budget precies zoals de bron het noemt. Leeg: onbekend.', value: (e) => orNull(e.data.amount) },
  { name: 'windows', type: 'aanvraagperioden', description: 'Aanvraagperioden; begin- en einddag tellen mee.', value: (e) => windowsOut(e.data.windows) },
  { name: 'ongoing', type: 'ja-nee', description: 'true: altijd te gebruiken, zonder aanvraagperiode.', value: (e) => e.data.ongoing },
  {
    name: 'status',
    type: 'tekst',
    description: 'Status op statusDate, berekend uit de aanvraagperioden: open, gesloten, doorlopend, verwacht of onbekend.',
    value: (e, c) => schemeStatus(e.data.windows, e.data.ongoing, c.today) satisfies SchemeStatus,
  },
  { name: 'statusDate', type: 'datum', description: 'Dag waarvoor de status is berekend (de dag van de laatste bouw van de site).', value: (_, c) => isoDay(c.today) },
  { name: 'conditions', type: 'tekst-lijst', description: 'Voorwaarden zoals de bron ze noemt.', value: (e) => e.data.conditions },
  { name: 'legalBasis', type: 'tekst', description: 'Wettelijke basis. Leeg: onbekend.', value: (e) => orNull(e.data.legalBasis) },
  {
    name: 'combinesWith',
    type: 'id-lijst',
    description: 'Regelingen die voor één plaatsing te combineren zijn (ids; in beide richtingen: noemt A regeling B, dan staat A ook bij B).',
    value: (e) => combinesWithOf(e.all.map((s) => ({ id: s.id, combinesWith: s.data.combinesWith })), e.id),
  },
  { name: 'website', type: 'url', description: 'Website van de financier of de regeling.', value: (e) => orNull(e.data.website) },
  { name: 'sources', type: 'bronnen', description: 'Bronnen waaruit de gegevens komen.', value: (e) => sourcesOut(e.data.sources) },
  { name: 'facts', type: 'feiten', description: 'Elk cijfer in de tekst met zijn bron en vindplaats.', value: (e) => factsOut(e.data.facts, e.data.sources) },
  { name: 'lastVerified', type: 'datum', description: 'Datum waarop de gegevens voor het laatst met de bronnen zijn vergeleken.', value: (e) => isoDay(e.data.lastVerified) },
];

/** The column documentation of both datasets, without the value functions: for a page or JSON. */
export function columnDocumentation() {
  const doc = (columns: readonly Column<never>[]) => columns.map(({ name, description, type }) => ({ name, description, type }));
  return {
    types: Object.entries(columnTypes).map(([name, description]) => ({ name, description })),
    datasets: [
      { name: 'praktijkvoorbeelden', json: '/data/praktijkvoorbeelden.json', csv: '/data/praktijkvoorbeelden.csv', columns: doc(practiceColumns) },
      { name: 'regelingen', json: '/data/regelingen.json', csv: '/data/regelingen.csv', columns: doc(schemeColumns) },
      { name: 'werkgevers', json: '/data/werkgevers.json', csv: '/data/werkgevers.csv', columns: doc(employerColumns) },
    ],
  };
}

/** Thrown when a value cannot be written to CSV without losing its meaning. */
export class CsvValueError extends Error {
  override name = 'CsvValueError';
}

const LIST_SEPARATOR = '|';

function listItem(value: string, column: string): string {
  if (value.includes(LIST_SEPARATOR)) {
    throw new CsvValueError(`Kolom "${column}": de waarde "${value}" bevat "${LIST_SEPARATOR}", het scheidingsteken van lijsten in CSV`);
  }
  return value;
}

/** The flat CSV text of one cell (before RFC 4180 quoting). */
export function csvText(value: Cell, type: ColumnType, column: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (type === 'bronnen') {
    return (value as readonly SourceOut[])
      .map((s) => {
        const parts = [s.title, s.publisher ?? '', s.date ?? '', s.url ?? ''];
        while (parts.at(-1) === '') parts.pop();
        return listItem(parts.join('; '), column);
      })
      .join(LIST_SEPARATOR);
  }
  if (type === 'feiten') {
    return (value as readonly FactOut[]).map((f) => listItem([f.value, f.measures, f.source, f.where].join('; '), column)).join(LIST_SEPARATOR);
  }
  if (type === 'aanvraagperioden') {
    return (value as readonly WindowOut[]).map((w) => `${w.opens ?? '..'}/${w.closes ?? '..'}`).join(LIST_SEPARATOR);
  }
  return (value as readonly (string | number)[]).map((v) => listItem(String(v), column)).join(LIST_SEPARATOR);
}

/** Quotes one field as RFC 4180 asks: only when needed, with inner quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: BOM, header row, one record per item, every record ended by CRLF. */
export function toCsv<T>(columns: readonly Column<T>[], items: readonly T[], ctx: ExportContext): string {
  const header = columns.map((c) => csvField(c.name)).join(',');
  const records = items.map((item) => columns.map((c) => csvField(csvText(c.value(item, ctx), c.type, c.name))).join(','));
  return `${UTF8_BOM}${[header, ...records].map((line) => `${line}\r\n`).join('')}`;
}

/** The JSON records: one object per item with the columns as keys, in column order. */
export function toRecords<T>(columns: readonly Column<T>[], items: readonly T[], ctx: ExportContext): Record<string, Cell>[] {
  return items.map((item) => Object.fromEntries(columns.map((c) => [c.name, c.value(item, ctx)])));
}

/** A whole JSON file: what it is, when it was made, where the columns are explained, the items. */
export function toJson<T>(dataset: string, columns: readonly Column<T>[], items: readonly T[], ctx: ExportContext): string {
  const body = {
    dataset,
    generated: isoDay(ctx.today),
    documentation: pageUrl(ctx, '/data/kolommen.json'),
    count: items.length,
    items: toRecords(columns, items, ctx),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The scheme entries ready for export: each knows the whole list for `combinesWith`. */
export function schemeExportEntries(schemes: readonly ExportEntry<Scheme>[]): SchemeExportEntry[] {
  return schemes.map((s) => ({ id: s.id, data: s.data, all: schemes }));
}

/** The Content-Type headers of the exports. */
export const exportContentTypes = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;
