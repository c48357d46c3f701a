import { describe, expect, it } from 'vitest';
import {
  barChart,
  chartSummary,
  practicesPerActionLine,
  practicesPerRegion,
  practicesPerSector,
  schemesByStatus,
  wrapLabel,
} from '../../site/lib/charts.ts';
import { xmlProblems } from './support/xml-well-formed.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const practices = [
  { sectors: ['techniek', 'energie'], regions: ['midden-utrecht'], actionLines: [2] },
  { sectors: ['techniek'], regions: ['landelijk', 'midden-utrecht'], actionLines: [1, 2] },
  { sectors: ['zorg'], regions: [], actionLines: [] },
  { sectors: [], regions: ['zuid-limburg'], actionLines: [2] },
];

describe('counts', () => {
  it('counts practices per sector, largest first, a practice in two sectors in both, unknown last', () => {
    expect(practicesPerSector(practices)).toEqual([
      { id: 'techniek', label: 'Techniek', value: 2 },
      { id: 'energie', label: 'Energie', value: 1 },
      { id: 'zorg', label: 'Zorg', value: 1 },
      { id: 'onbekend', label: 'Onbekend (de bron noemt het niet)', value: 1 },
    ]);
  });

  it('counts practices per region with Dutch labels, landelijk included', () => {
    const rows = practicesPerRegion(practices);
    expect(rows[0]).toEqual({ id: 'midden-utrecht', label: 'Midden-Utrecht', value: 2 });
    expect(rows.find((r) => r.id === 'landelijk')?.label).toBe('Landelijk');
    expect(rows.at(-1)).toMatchObject({ id: 'onbekend', value: 1 });
  });

  it('shows all four action lines in their order, also those without practices', () => {
    const rows = practicesPerActionLine(practices);
    expect(rows.map((r) => [r.id, r.value])).toEqual([
      ['1', 1],
      ['2', 3],
      ['3', 0],
      ['4', 0],
      ['onbekend', 1],
    ]);
    expect(rows[0]?.label).toBe('1. Vroege participatie vanuit het azc');
  });

  it('counts schemes per status on the given day, every status listed', () => {
    const schemes = [
      { windows: [], ongoing: true },
      { windows: [{ opens: d('2026-12-01'), closes: d('2026-12-31') }], ongoing: false },
      { windows: [], ongoing: false },
    ];
    expect(schemesByStatus(schemes, d('2026-11-22')).map((r) => [r.id, r.label, r.value])).toEqual([
      ['open', 'Open', 0],
      ['gesloten', 'Gesloten', 0],
      ['doorlopend', 'Doorlopend', 1],
      ['verwacht', 'Verwacht', 1],
      ['onbekend', 'Onbekend', 1],
    ]);
    expect(schemesByStatus(schemes, d('2026-12-10')).find((r) => r.id === 'open')?.value).toBe(1);
  });
});

describe('barChart', () => {
  const rows = [
    { id: 'techniek', label: 'Techniek & bouw <test>', value: 6 },
    { id: 'zorg', label: 'Zorg', value: 3 },
    { id: 'ict', label: 'ICT', value: 0 },
  ];
  const chart = barChart({ id: 'per-sector', title: 'Praktijkvoorbeelden per sector', description: 'Aantal per sector.', rows });

  it('is a well-formed SVG image named by its title and description', () => {
    expect(xmlProblems(chart.svg)).toEqual([]);
    expect(chart.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="bar-chart" role="img" aria-labelledby="per-sector-titel per-sector-beschrijving" width="400" height="(\d+)" viewBox="0 0 400 \1">/);
    expect(chart.svg).toContain('<title id="per-sector-titel">Praktijkvoorbeelden per sector</title>');
    expect(chart.titleId).toBe('per-sector-titel');
    expect(chart.descId).toBe('per-sector-beschrijving');
  });

  it('states every value in the description and as text next to the bars', () => {
    expect(chart.summary).toBe('Aantal per sector. Techniek & bouw <test>: 6; Zorg: 3; ICT: 0.');
    expect(chart.svg).toContain('<desc id="per-sector-beschrijving">Aantal per sector. Techniek &amp; bouw &lt;test&gt;: 6; Zorg: 3; ICT: 0.</desc>');
    const values = [...chart.svg.matchAll(/class="bar-chart__value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(values).toEqual(['6', '3', '0']);
  });

  it('scales bars to the largest value and draws none for zero', () => {
    const widths = [...chart.svg.matchAll(/class="bar-chart__bar" x="0" y="[\d.]+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([352, 176]);
  });

  it('uses no inline style and no script', () => {
    expect(chart.svg).not.toMatch(/style=|<style|<script|on\w+=/i);
  });

  it('wraps long labels onto more lines instead of cutting them off', () => {
    const long = "3. Regionale samenwerking via gemeenten en arbeidsmarktregio's, waaronder startbanen";
    expect(wrapLabel(long, 60)).toEqual(["3. Regionale samenwerking via gemeenten en", "arbeidsmarktregio's, waaronder startbanen"]);
    const svg = barChart({ id: 'lang', title: 't', description: 'd', rows: [{ id: '3', label: long, value: 1 }] }).svg;
    expect(svg.match(/<tspan/g)).toHaveLength(2);
  });

  it('says so when there is nothing to show', () => {
    const empty = barChart({ id: 'leeg', title: 'Leeg', description: 'Niets.', rows: [] });
    expect(empty.summary).toBe('Niets. Er zijn geen gegevens.');
    expect(xmlProblems(empty.svg)).toEqual([]);
    expect(chartSummary('x', [{ id: 'a', label: 'A', value: 1200 }])).toBe('x A: 1.200.');
  });

  it('refuses an id that would make invalid or clashing element ids', () => {
    expect(() => barChart({ id: 'Per Sector', title: 't', description: 'd', rows })).toThrow(/kleine letters/);
  });
});
