/**
 * Counts for the "in cijfers" page and accessible horizontal bar charts drawn at build time.
 *
 * A chart is an SVG string (`<svg role="img" aria-labelledby="<title> <desc>">`) with a <title>,
 * a <desc> that states every value, and the values as text next to the bars: no JavaScript, no
 * inline styles, colours as presentation attributes with enough contrast on white (bars
 * #154273 ≈ 10:1, text #1b1b1b ≈ 17:1). Labels sit above their bar so long labels wrap instead of
 * squeezing the bars. The same rows are returned for the table that the page shows next to it.
 *
 * The SVG is drawn at its natural size (400 px wide, text at 16 px) with a viewBox, so the CSS rule
 * `.bar-chart { max-inline-size: 100%; block-size: auto; }` lets it shrink on narrow screens
 * without the text getting smaller than about 13 px on a phone.
 *
 * Render in an .astro file with `<Fragment set:html={chart.svg} />`.
 */
import type { Practice, Scheme } from '../../functions/contracts/content.ts';
import { actionLines, labelOf, regions, sectors } from '../../functions/contracts/taxonomy.ts';
import { schemeStatus, schemeStatuses, schemeStatusLabels } from '../../functions/domain/scheme-status.ts';
import { xmlText as escapeXml } from './xml.ts';

/** One bar: a stable id (for keys and CSS), its Dutch label and its count. */
export interface ChartRow {
  id: string;
  label: string;
  value: number;
}

/** The id of the row that counts entries whose sources name no value. */
export const unknownRowId = 'onbekend';
const unknownLabel = 'Onbekend (de bron noemt het niet)';

function tally<T>(items: readonly T[], keys: (item: T) => readonly (string | number)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const ids = new Set(keys(item).map(String));
    if (ids.size === 0) ids.add(unknownRowId);
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

// Largest first, then by label; the "onbekend" row always last.
function byValue(rows: ChartRow[]): ChartRow[] {
  const known = rows.filter((r) => r.id !== unknownRowId).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'nl'));
  return [...known, ...rows.filter((r) => r.id === unknownRowId)];
}

function rowsOf(counts: Map<string, number>, label: (id: string) => string): ChartRow[] {
  return [...counts].map(([id, value]) => ({ id, label: id === unknownRowId ? unknownLabel : label(id), value }));
}

/** Practices per sector, largest first; a practice in two sectors counts in both. */
export function practicesPerSector(practices: readonly Pick<Practice, 'sectors'>[]): ChartRow[] {
  return byValue(rowsOf(tally(practices, (p) => p.sectors), (id) => labelOf(sectors, id)));
}

/** Practices per region (including `landelijk`), largest first; a practice in two regions counts in both. */
export function practicesPerRegion(practices: readonly Pick<Practice, 'regions'>[]): ChartRow[] {
  return byValue(rowsOf(tally(practices, (p) => p.regions), (id) => labelOf(regions, id)));
}

/** Practices per action line of the national plan, all four in their own order, zero included. */
export function practicesPerActionLine(practices: readonly Pick<Practice, 'actionLines'>[]): ChartRow[] {
  const counts = tally(practices, (p) => p.actionLines);
  const rows: ChartRow[] = actionLines.map((line) => ({
    id: String(line.id),
    label: `${line.id}. ${line.label.nl}`,
    value: counts.get(String(line.id)) ?? 0,
  }));
  const unknown = counts.get(unknownRowId);
  return unknown ? [...rows, { id: unknownRowId, label: unknownLabel, value: unknown }] : rows;
}

/** Schemes per status on `today`, every status in its fixed order, zero included. */
export function schemesByStatus(schemes: readonly Pick<Scheme, 'windows' | 'ongoing'>[], today: Date): ChartRow[] {
  const counts = new Map<string, number>();
  for (const s of schemes) {
    const status = schemeStatus(s.windows, s.ongoing, today);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return schemeStatuses.map((status) => ({ id: status, label: schemeStatusLabels[status], value: counts.get(status) ?? 0 }));
}

/** What a chart needs: a unique id on the page, a title and a short explanation. */
export interface BarChartInput {
  /** Unique on the page; lower case, digits and dashes. Used for the title and desc ids. */
  id: string;
  title: string;
  /** What the chart shows; the values are appended to it in the SVG's <desc>. */
  description: string;
  rows: readonly ChartRow[];
}

/** A drawn chart: the SVG markup, the ids it points at, and its rows for the data table. */
export interface BarChart {
  svg: string;
  titleId: string;
  descId: string;
  rows: readonly ChartRow[];
  /** The sentence in <desc>, for reuse as a table caption or summary. */
  summary: string;
}

const layout = {
  width: 400,
  fontSize: 16,
  lineHeight: 20,
  barHeight: 22,
  gapLabelBar: 6,
  gapRows: 18,
  valueSpace: 48,
  // A conservative average glyph width (em) for wrapping labels without measuring text.
  charWidth: 0.56,
  barColour: '#154273',
  textColour: '#1b1b1b',
  trackColour: '#8a8a8a',
};

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const numberNl = new Intl.NumberFormat('nl-NL');

/** The <desc> sentence: the explanation, then every label with its value. */
export function chartSummary(description: string, rows: readonly ChartRow[]): string {
  if (rows.length === 0) return `${description} Er zijn geen gegevens.`;
  return `${description} ${rows.map((r) => `${r.label}: ${numberNl.format(r.value)}`).join('; ')}.`;
}

/**
 * Draws a horizontal bar chart as an SVG string. Bars are scaled to the largest value; every bar
 * carries its value as text, so the chart never depends on colour or length alone.
 */
export function barChart(input: BarChartInput): BarChart {
  if (!/^[a-z][a-z0-9-]*$/.test(input.id)) {
    throw new Error(`barChart: id "${input.id}" moet beginnen met een letter en alleen kleine letters, cijfers en streepjes hebben`);
  }
  const titleId = `${input.id}-titel`;
  const descId = `${input.id}-beschrijving`;
  const summary = chartSummary(input.description, input.rows);
  const { width, fontSize, lineHeight, barHeight, gapLabelBar, gapRows, valueSpace } = layout;
  const maxChars = Math.floor(width / (fontSize * layout.charWidth));
  const max = Math.max(0, ...input.rows.map((r) => r.value));
  const barSpace = width - valueSpace;

  const parts: string[] = [];
  let y = 0;
  for (const row of input.rows) {
    const lines = wrapLabel(row.label, maxChars);
    const tspans = lines
      .map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`)
      .join('');
    const labelY = y + fontSize;
    const barY = y + lines.length * lineHeight + gapLabelBar;
    // A bar for a value above zero stays visible however small it is.
    const barWidth = max === 0 || row.value === 0 ? 0 : Math.max(3, Math.round((row.value / max) * barSpace));
    const valueX = barWidth + 8;
    parts.push(
      `<g class="bar-chart__row" data-id="${escapeXml(row.id)}">` +
        `<text class="bar-chart__label" x="0" y="${labelY}" font-size="${fontSize}" fill="${layout.textColour}">${tspans}</text>` +
        `<line class="bar-chart__axis" x1="0.5" x2="0.5" y1="${barY}" y2="${barY + barHeight}" stroke="${layout.trackColour}" stroke-width="1"/>` +
        (barWidth > 0
          ? `<rect class="bar-chart__bar" x="0" y="${barY}" width="${barWidth}" height="${barHeight}" fill="${layout.barColour}"/>`
          : '') +
        `<text class="bar-chart__value" x="${valueX}" y="${barY + barHeight / 2}" dominant-baseline="central" font-size="${fontSize}" font-weight="700" fill="${layout.textColour}">${numberNl.format(row.value)}</text>` +
        `</g>`,
    );
    y = barY + barHeight + gapRows;
  }
  if (input.rows.length === 0) {
    parts.push(`<text x="0" y="${fontSize}" font-size="${fontSize}" fill="${layout.textColour}">Geen gegevens</text>`);
    y = fontSize + gapRows;
  }
  const height = Math.max(1, y - gapRows);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" aria-labelledby="${titleId} ${descId}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="${titleId}">${escapeXml(input.title)}</title>` +
    `<desc id="${descId}">${escapeXml(summary)}</desc>` +
    parts.join('') +
    `</svg>`;
  return { svg, titleId, descId, rows: input.rows, summary };
}
