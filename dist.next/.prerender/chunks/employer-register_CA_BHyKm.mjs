import { r as employerMatchesFilter } from "./employer-rules_M9qYtPNf.mjs";
import { _ as skills, d as offers, h as sectors, l as languageLevels, o as educationLevels, p as regions, s as labelOf } from "./taxonomy_fc_Y_2Gn.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { c as localizePath } from "./collections_BBCTYGuN.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { a as sectorLabels, r as regionLabels } from "./labels_CM5_YWZc.mjs";
// site/lib/employer-labels.ts
/** Labels of an employer's reference ids (offers, levels, skills) in the reader's language; safe in the browser. */
var refLang = (lang) => lang === "en" ? "en" : "nl";
var many = (list) => (ids, lang = "nl") => ids.map((id) => labelOf(list, id, refLang(lang)));
/** Labels of offer, language level, education level and skill ids in `lang`. */
var offerLabels = many(offers);
var languageLevelLabels = many(languageLevels);
var educationLevelLabels = many(educationLevels);
var skillLabels = many(skills);
// site/lib/employer-register.ts
/** The CEFR levels from low to high. */
var levelOrder = languageLevels.map((l) => l.id);
/**
* The values of one filter under which an employer is listed, by the register's one rule
* (`employerMatchesFilter`, which the API uses too): a nationwide employer is listed under every
* region, and under a language level when it asks at most that level, so the page of B1 lists the
* employers someone with B1 can start at. Pre-built facet pages and the browser's combined
* filters then agree with `GET /api/employers`.
*/
var listedUnder = (filter, ids) => (e) => ids.filter((id) => employerMatchesFilter(e, { [filter]: id }));
/** Facets of the register; the keys are the query parameters and path segments of its pages. */
var employerFacets = [
	{
		key: "regio",
		legend: "facets.regio",
		values: listedUnder("region", regions.map((r) => r.id)),
		label: (v, lang) => regionLabels([v], lang)[0] ?? v
	},
	{
		key: "sector",
		legend: "facets.sector",
		values: listedUnder("sector", sectors.map((r) => r.id)),
		label: (v, lang) => sectorLabels([v], lang)[0] ?? v
	},
	{
		key: "aanbod",
		legend: "facets.aanbod",
		values: listedUnder("offer", offers.map((o) => o.id)),
		label: (v, lang) => offerLabels([v], lang)[0] ?? v,
		order: offers.map((o) => o.id)
	},
	{
		key: "taalniveau",
		legend: "facets.taalniveau",
		values: listedUnder("languageLevel", levelOrder),
		label: (v, lang) => t(lang, "employers.levelUpTo", { level: languageLevelLabels([v], lang)[0] ?? v }),
		order: levelOrder
	}
];
/** Entries for the facet helpers, sorted by name. */
function employerEntries(employers) {
	return [...employers].sort((a, b) => a.name.localeCompare(b.name, "nl")).map((e) => ({
		id: e.id,
		data: e
	}));
}
/** The path of an employer's page. */
function employerPath(id, lang = "nl") {
	return localizePath(lang, `/werkgevers/${id}/`);
}
/** 'Bevestigd op 2 december 2026': when the employer last said it is open to statushouders. */
function confirmedOn(employer, lang) {
	return t(lang, "employers.confirmedOn", { date: formatDate(new Date(employer.confirmedAt), lang) });
}
/** The summary of an employer: its own description, or a sentence made from its sectors. */
function employerSummary(employer, lang) {
	if (employer.description) {
		const first = employer.description.split(/\n/)[0].trim();
		return first.length > 300 ? `${first.slice(0, 297).trimEnd()}…` : first;
	}
	const list = new Intl.ListFormat(lang, {
		style: "long",
		type: "conjunction"
	}).format(sectorLabels(employer.sectors, lang).map((s) => s.toLowerCase()));
	return t(lang, "employers.summary", {
		name: employer.name,
		sectors: list
	});
}
/** One card of the list page. */
function employerCard(employer, lang) {
	return {
		href: employerPath(employer.id, lang),
		title: employer.name,
		summary: employerSummary(employer, lang),
		meta: [
			offerLabels(employer.offers, lang).join(", "),
			regionLabels(employer.regions, lang).join(", "),
			t(lang, "employers.asks", { level: employer.languageLevel }),
			confirmedOn(employer, lang)
		].join(" · ")
	};
}
/**
* schema.org JSON-LD of an employer's page: the organisation with its KvK number, what it is
* open to, and the page's own dates. Company data only, like the page.
* @see https://schema.org/Organization
*/
function employerJsonLd(employer, origin) {
	const url = new URL(`/werkgevers/${employer.id}/`, origin).href;
	return {
		"@context": "https://schema.org",
		"@type": "Organization",
		"@id": `${url}#organisatie`,
		name: employer.name,
		...employer.website ? { sameAs: employer.website } : {},
		...employer.description ? { description: employer.description } : {},
		identifier: {
			"@type": "PropertyValue",
			propertyID: "KvK-nummer",
			value: employer.kvk
		},
		areaServed: regionLabels(employer.regions, "nl"),
		mainEntityOfPage: {
			"@type": "WebPage",
			"@id": url,
			url,
			inLanguage: "nl",
			dateModified: employer.confirmedAt.slice(0, 10),
			isPartOf: { "@id": `${new URL("/", origin).href}#website` }
		}
	};
}
export { employerJsonLd as a, languageLevelLabels as c, employerFacets as i, offerLabels as l, employerCard as n, employerSummary as o, employerEntries as r, educationLevelLabels as s, confirmedOn as t, skillLabels as u };
