import {
  actionLines,
  approaches,
  labelOf,
  regions,
  sectors,
  targetGroups,
} from '../../functions/contracts/taxonomy.ts';
import type { Lang } from '../i18n/locales.ts';

/** Reference labels exist in Dutch and English; other languages read the Dutch ones. */
const refLang = (lang: Lang): 'nl' | 'en' => (lang === 'en' ? 'en' : 'nl');

const many = (list: Parameters<typeof labelOf>[0]) => (ids: readonly (string | number)[], lang: Lang = 'nl') =>
  ids.map((id) => labelOf(list, id, refLang(lang)));

/** Labels of reference ids in `lang`, for pages and search filters. */
export const sectorLabels = many(sectors);
export const regionLabels = many(regions);
export const approachLabels = many(approaches);
export const targetGroupLabels = many(targetGroups);
/** Action lines read as "1. Vroege participatie vanuit het azc". */
export const actionLineLabels = (ids: readonly number[], lang: Lang = 'nl') =>
  [...ids].sort().map((id) => `${id}. ${labelOf(actionLines, id, refLang(lang))}`);

/** The Pagefind filters of an entry: the same names on every page so the search page can list them. */
export function searchFilters(
  entry: { sectors?: readonly string[]; regions?: readonly string[]; actionLines?: readonly number[] },
  lang: Lang = 'nl',
) {
  return {
    sector: sectorLabels(entry.sectors ?? [], lang),
    regio: regionLabels(entry.regions ?? [], lang),
    actielijn: actionLineLabels(entry.actionLines ?? [], lang),
  };
}
