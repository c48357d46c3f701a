/**
 * Combined facets on a list page: which cards a selection keeps, and the selection as a URL
 * query (`?sector=zorg&regio=midden-utrecht`) so a filtered view can be shared and restored.
 *
 * Within one facet the chosen values are alternatives (zorg or bouw); across facets every facet
 * must hold (zorg and Midden-Utrecht). Pure and free of Astro and reference data, so the list
 * page's browser script and the unit tests run the very same code.
 */

/** Facet key → chosen (or carried) values, e.g. `{ sector: ['zorg'], regio: ['midden-utrecht'] }`. */
export type FacetSelection = Readonly<Record<string, readonly string[]>>;

/**
 * Reads a selection from a URL query. Only `keys` count, each value once, and only values in
 * `known[key]` when that is given (a stale or mistyped link then selects nothing, not everything).
 */
export function parseFacetQuery(
  params: URLSearchParams,
  keys: readonly string[],
  known: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string[]> {
  const selection: Record<string, string[]> = {};
  for (const key of keys) {
    const allowed = known[key];
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter((v) => v !== '' && (!allowed || allowed.includes(v)));
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/** The selection as a query string with a leading `?` in the order of `keys`; '' when nothing is chosen. */
export function facetQueryString(selection: FacetSelection, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) for (const value of selection[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** True when `item` has, for every facet in the selection, at least one of the chosen values. */
export function matchesFacets(item: FacetSelection, selection: FacetSelection): boolean {
  return Object.entries(selection).every(([key, chosen]) => chosen.length === 0 || chosen.some((v) => item[key]?.includes(v)));
}

/** How many of `items` the selection keeps. */
export function countMatches(items: readonly FacetSelection[], selection: FacetSelection): number {
  return items.filter((item) => matchesFacets(item, selection)).length;
}
