import { a as schemeKinds, i as fundingPurposes, r as evidenceLevels, t as applicantKinds } from "./content_D48CP33x.mjs";
import { d as schemeStatuses, l as schemeStatus } from "./funding-finder_-zDxvNKF.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { r as collectionPath } from "./collections_BBCTYGuN.mjs";
import { a as sectorLabels, n as approachLabels, o as targetGroupLabels, r as regionLabels, t as actionLineLabels } from "./labels_CM5_YWZc.mjs";
// site/lib/facets.ts
/**
* The facets of the list pages: what a practice or scheme can be filtered on, the label of each
* value in the reader's language (the same labels as the search page's filters), and the paths
* of the pre-built page every single value gets (`/praktijkvoorbeelden/sector/zorg/`).
*
* Only values that at least one entry carries are offered: a page that lists nothing helps
* nobody. Combined facets run in the browser (`facet-filter.ts`) on the keys and ids used here.
*/
var one = (labels) => (value, lang) => labels([value], lang)[0] ?? value;
var key = (prefix) => (value, lang) => t(lang, `${prefix}.${value}`);
/** Facets of praktijkvoorbeelden: the first three match the search page's filters. */
var practiceFacets = [
	{
		key: "sector",
		legend: "facets.sector",
		values: (d) => d.sectors,
		label: one(sectorLabels)
	},
	{
		key: "regio",
		legend: "facets.regio",
		values: (d) => d.regions,
		label: one(regionLabels)
	},
	{
		key: "actielijn",
		legend: "facets.actielijn",
		values: (d) => d.actionLines.map(String),
		label: (value, lang) => actionLineLabels([Number(value)], lang)[0] ?? value,
		order: [
			"1",
			"2",
			"3",
			"4"
		]
	},
	{
		key: "aanpak",
		legend: "facets.aanpak",
		values: (d) => d.approaches,
		label: one(approachLabels)
	},
	{
		key: "doelgroep",
		legend: "facets.doelgroep",
		values: (d) => d.targetGroups,
		label: one(targetGroupLabels)
	},
	{
		key: "bewijskracht",
		legend: "facets.bewijskracht",
		values: (d) => [d.evidence],
		label: key("evidence"),
		order: evidenceLevels
	}
];
/** Facets of regelingen; the status is the one computed for the build day. */
var schemeFacets = [
	{
		key: "status",
		legend: "facets.status",
		values: (d, ctx) => [schemeStatus(d.windows, d.ongoing, ctx.today)],
		label: key("schemeStatus"),
		order: schemeStatuses
	},
	{
		key: "soort",
		legend: "facets.soort",
		values: (d) => [d.kind],
		label: key("schemeKind"),
		order: schemeKinds
	},
	{
		key: "betaalt-voor",
		legend: "facets.betaalt-voor",
		values: (d) => d.paysFor,
		label: key("purpose"),
		order: fundingPurposes
	},
	{
		key: "aanvrager",
		legend: "facets.aanvrager",
		values: (d) => d.applicants,
		label: key("applicant"),
		order: applicantKinds
	},
	{
		key: "doelgroep",
		legend: "facets.doelgroep",
		values: (d) => d.targetGroups,
		label: one(targetGroupLabels)
	}
];
/** The path of the page of one facet value, without language prefix. */
function facetPath(collection, facetKey, value) {
	return `${collectionPath(collection)}${facetKey}/${value}/`;
}
/** The facet values of every entry, keyed by facet: what a card carries for the browser filter. */
function facetValuesOf(defs, data, ctx) {
	return Object.fromEntries(defs.map((def) => [def.key, [...new Set(def.values(data, ctx))]]));
}
/** The values of one facet that at least one entry carries, with counts, in the facet's order. */
function facetOptions(collection, def, entries, lang, ctx) {
	const counts = /* @__PURE__ */ new Map();
	for (const e of entries) for (const v of new Set(def.values(e.data, ctx))) counts.set(v, (counts.get(v) ?? 0) + 1);
	const options = [...counts].map(([value, count]) => ({
		value,
		count,
		label: def.label(value, lang),
		path: facetPath(collection, def.key, value)
	}));
	const order = def.order;
	return options.sort((a, b) => order ? order.indexOf(a.value) - order.indexOf(b.value) : a.label.localeCompare(b.label, lang));
}
/** Every facet page of a collection: one per facet and value that some entry carries. */
function facetPages(defs, entries, ctx) {
	return defs.flatMap((def) => {
		return [...new Set(entries.flatMap((e) => def.values(e.data, ctx)))].sort().map((value) => ({
			key: def.key,
			value
		}));
	});
}
/** The entries that carry `value` for the facet `facetKey`. */
function entriesWith(defs, entries, facetKey, value, ctx) {
	const def = defs.find((d) => d.key === facetKey);
	if (!def) throw new Error(`Onbekend facet "${facetKey}"`);
	return entries.filter((e) => def.values(e.data, ctx).includes(value));
}
/** The facet navigation of a list: every facet with the values on offer, legends in `lang`. */
function facetGroups(collection, defs, entries, lang, ctx) {
	return defs.map((def) => ({
		key: def.key,
		legend: t(lang, def.legend),
		options: facetOptions(collection, def, entries, lang, ctx)
	})).filter((group) => group.options.length > 0);
}
export { facetValuesOf as a, facetPath as i, facetGroups as n, practiceFacets as o, facetPages as r, schemeFacets as s, entriesWith as t };
