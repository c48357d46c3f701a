import {
  actionLines,
  approaches,
  labelOf,
  regions,
  sectors,
  targetGroups,
} from '../../functions/contracts/taxonomy.ts';

const many = (list: Parameters<typeof labelOf>[0]) => (ids: readonly (string | number)[]) => ids.map((id) => labelOf(list, id));

/** Dutch labels of reference ids, for pages and search filters. */
export const sectorLabels = many(sectors);
export const regionLabels = many(regions);
export const approachLabels = many(approaches);
export const targetGroupLabels = many(targetGroups);
/** Action lines read as "1. Vroege participatie vanuit het azc". */
export const actionLineLabels = (ids: readonly number[]) =>
  [...ids].sort().map((id) => `${id}. ${labelOf(actionLines, id)}`);

/** The Pagefind filters of an entry: the same names on every page so the search page can list them. */
export function searchFilters(entry: { sectors?: readonly string[]; regions?: readonly string[]; actionLines?: readonly number[] }) {
  return {
    sector: sectorLabels(entry.sectors ?? []),
    regio: regionLabels(entry.regions ?? []),
    actielijn: actionLineLabels(entry.actionLines ?? []),
  };
}
