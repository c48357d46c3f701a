/**
 * The facets of the list pages: what a practice or scheme can be filtered on, the label of each
 * value in the reader's language (the same labels as the search page's filters), and the paths
 * of the pre-built page every single value gets (`/praktijkvoorbeelden/sector/zorg/`).
 *
 * Only values that at least one entry carries are offered: a page that lists nothing helps
 * nobody. Combined facets run in the browser (`facet-filter.ts`) on the keys and ids used here.
 */
import { evidenceLevels, fundingPurposes, applicantKinds, schemeKinds, type Practice, type Scheme } from '../../functions/contracts/content.ts';
import { schemeStatus, schemeStatuses } from '../../functions/domain/scheme-status.ts';
import { t, type UiKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { collectionPath, type ListName } from './collections.ts';
import { actionLineLabels, approachLabels, regionLabels, sectorLabels, targetGroupLabels } from './labels.ts';

/** What a facet needs besides an entry: the day scheme statuses are computed for. */
export interface FacetContext {
  today: Date;
}

/** One facet: its URL key, its legend, the values an entry carries and how a value reads. */
export interface FacetDef<D> {
  /** The query parameter and path segment, e.g. `sector` in `/praktijkvoorbeelden/sector/zorg/`. */
  key: string;
  legend: UiKey;
  values: (data: D, ctx: FacetContext) => readonly string[];
  label: (value: string, lang: Lang) => string;
  /** A fixed order of values (levels, statuses); without it values sort by label. */
  order?: readonly string[];
}

/** An entry as the content layer gives it. */
export interface FacetEntry<D> {
  id: string;
  data: D;
}

const one = (labels: (ids: readonly string[], lang: Lang) => string[]) => (value: string, lang: Lang) => labels([value], lang)[0] ?? value;
const key = (prefix: string) => (value: string, lang: Lang) => t(lang, `${prefix}.${value}` as UiKey);

/** Facets of praktijkvoorbeelden: the first three match the search page's filters. */
export const practiceFacets: readonly FacetDef<Practice>[] = [
  { key: 'sector', legend: 'facets.sector', values: (d) => d.sectors, label: one(sectorLabels) },
  { key: 'regio', legend: 'facets.regio', values: (d) => d.regions, label: one(regionLabels) },
  {
    key: 'actielijn',
    legend: 'facets.actielijn',
    values: (d) => d.actionLines.map(String),
    label: (value, lang) => actionLineLabels([Number(value)], lang)[0] ?? value,
    order: ['1', '2', '3', '4'],
  },
  { key: 'aanpak', legend: 'facets.aanpak', values: (d) => d.approaches, label: one(approachLabels) },
  { key: 'doelgroep', legend: 'facets.doelgroep', values: (d) => d.targetGroups, label: one(targetGroupLabels) },
  { key: 'bewijskracht', legend: 'facets.bewijskracht', values: (d) => [d.evidence], label: key('evidence'), order: evidenceLevels },
];

/** Facets of regelingen; the status is the one computed for the build day. */
export const schemeFacets: readonly FacetDef<Scheme>[] = [
  {
    key: 'status',
    legend: 'facets.status',
    values: (d, ctx) => [schemeStatus(d.windows, d.ongoing, ctx.today)],
    label: key('schemeStatus'),
    order: schemeStatuses,
  },
  { key: 'soort', legend: 'facets.soort', values: (d) => [d.kind], label: key('schemeKind'), order: schemeKinds },
  { key: 'betaalt-voor', legend: 'facets.betaalt-voor', values: (d) => d.paysFor, label: key('purpose'), order: fundingPurposes },
  { key: 'aanvrager', legend: 'facets.aanvrager', values: (d) => d.applicants, label: key('applicant'), order: applicantKinds },
  { key: 'doelgroep', legend: 'facets.doelgroep', values: (d) => d.targetGroups, label: one(targetGroupLabels) },
];

/** The path of the page of one facet value, without language prefix. */
export function facetPath(collection: ListName, facetKey: string, value: string): string {
  return `${collectionPath(collection)}${facetKey}/${value}/`;
}

/** One value on offer: its id, label in `lang`, how many entries carry it and its page. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  path: string;
}

/** The facet values of every entry, keyed by facet: what a card carries for the browser filter. */
export function facetValuesOf<D>(defs: readonly FacetDef<D>[], data: D, ctx: FacetContext): Record<string, string[]> {
  return Object.fromEntries(defs.map((def) => [def.key, [...new Set(def.values(data, ctx))]]));
}

/** The values of one facet that at least one entry carries, with counts, in the facet's order. */
export function facetOptions<D>(
  collection: ListName,
  def: FacetDef<D>,
  entries: readonly FacetEntry<D>[],
  lang: Lang,
  ctx: FacetContext,
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of new Set(def.values(e.data, ctx))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const options = [...counts].map(([value, count]) => ({ value, count, label: def.label(value, lang), path: facetPath(collection, def.key, value) }));
  const order = def.order;
  return options.sort((a, b) =>
    order ? order.indexOf(a.value) - order.indexOf(b.value) : a.label.localeCompare(b.label, lang),
  );
}

/** Every facet page of a collection: one per facet and value that some entry carries. */
export function facetPages<D>(defs: readonly FacetDef<D>[], entries: readonly FacetEntry<D>[], ctx: FacetContext): { key: string; value: string }[] {
  return defs.flatMap((def) => {
    const values = new Set(entries.flatMap((e) => def.values(e.data, ctx)));
    return [...values].sort().map((value) => ({ key: def.key, value }));
  });
}

/** The entries that carry `value` for the facet `facetKey`. */
export function entriesWith<D, E extends FacetEntry<D>>(defs: readonly FacetDef<D>[], entries: readonly E[], facetKey: string, value: string, ctx: FacetContext): E[] {
  const def = defs.find((d) => d.key === facetKey);
  if (!def) throw new Error(`Onbekend facet "${facetKey}"`);
  return entries.filter((e) => def.values(e.data, ctx).includes(value));
}

/** The facet navigation of a list: every facet with the values on offer, legends in `lang`. */
export function facetGroups<D>(
  collection: ListName,
  defs: readonly FacetDef<D>[],
  entries: readonly FacetEntry<D>[],
  lang: Lang,
  ctx: FacetContext,
) {
  return defs
    .map((def) => ({ key: def.key, legend: t(lang, def.legend), options: facetOptions(collection, def, entries, lang, ctx) }))
    .filter((group) => group.options.length > 0);
}
