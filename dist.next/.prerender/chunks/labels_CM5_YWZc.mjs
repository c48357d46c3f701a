import { b as targetGroups, h as sectors, i as approaches, n as actionLines, p as regions, s as labelOf } from "./taxonomy_fc_Y_2Gn.mjs";
// site/lib/labels.ts
/** Reference labels exist in Dutch and English; other languages read the Dutch ones. */
var refLang = (lang) => lang === "en" ? "en" : "nl";
var many = (list) => (ids, lang = "nl") => ids.map((id) => labelOf(list, id, refLang(lang)));
/** Labels of reference ids in `lang`, for pages and search filters. */
var sectorLabels = many(sectors);
var regionLabels = many(regions);
var approachLabels = many(approaches);
var targetGroupLabels = many(targetGroups);
/** Action lines read as "1. Vroege participatie vanuit het azc". */
var actionLineLabels = (ids, lang = "nl") => [...ids].sort().map((id) => `${id}. ${labelOf(actionLines, id, refLang(lang))}`);
/** The Pagefind filters of an entry: the same names on every page so the search page can list them. */
function searchFilters(entry, lang = "nl") {
	return {
		sector: sectorLabels(entry.sectors ?? [], lang),
		regio: regionLabels(entry.regions ?? [], lang),
		actielijn: actionLineLabels(entry.actionLines ?? [], lang)
	};
}
export { sectorLabels as a, searchFilters as i, approachLabels as n, targetGroupLabels as o, regionLabels as r, actionLineLabels as t };
