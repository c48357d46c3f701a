import { b as targetGroups, h as sectors, i as approaches, p as regions, s as labelOf } from "./taxonomy_fc_Y_2Gn.mjs";
import { t as dictionaries } from "./i18n_B0cFzGDw.mjs";
import { c as localizePath, r as collectionPath, t as collectionKeys } from "./collections_BBCTYGuN.mjs";
// site/lib/json-ld.ts
var context = "https://schema.org";
var siteName = "Werkpad";
var day = (date) => date.toISOString().slice(0, 10);
/** The Dutch text of an entry, straight from its frontmatter: a translation only on a Dutch page. */
var dutchText = (lang) => (_collection, entry) => {
	const d = entry.data;
	return {
		title: d.title ?? d.name ?? d.term ?? entry.id,
		summary: d.summary ?? d.definition ?? "",
		translated: lang === "nl"
	};
};
/** Words only the structured data uses. Reference data exists in Dutch and English; others read Dutch. */
var words = {
	nl: {
		applicant: "Aanvrager",
		targetGroup: "Doelgroep",
		country: "Nederland",
		region: "Arbeidsmarktregio"
	},
	en: {
		applicant: "Applicant",
		targetGroup: "Target group",
		country: "Netherlands",
		region: "Labour market region"
	}
};
var refLang = (lang) => lang === "en" ? "en" : "nl";
/** The page-language view every builder works through. */
function page(options) {
	const lang = options.lang ?? "nl";
	const textOf = options.textOf ?? dutchText(lang);
	return {
		lang,
		origin: options.origin,
		ref: refLang(lang),
		w: words[refLang(lang)],
		/** A UI string in the page's language (Dutch when that language lacks it). */
		ui: (key) => dictionaries[lang][key] ?? dictionaries["nl"][key],
		text: (collection, entry) => textOf(collection, entry),
		url: (collection, id) => entryUrl(options.origin, collection, id, lang)
	};
}
/** The absolute URL of a detail page in `lang` (Dutch by default). */
function entryUrl(origin, collection, id, lang = "nl") {
	return new URL(localizePath(lang, `${collectionPath(collection)}${id}/`), origin).href;
}
function website(p) {
	const url = new URL(localizePath(p.lang, "/"), p.origin).href;
	return {
		"@type": "WebSite",
		"@id": `${url}#website`,
		name: siteName,
		url,
		inLanguage: p.lang
	};
}
function sourcesLd(sources) {
	return sources.map((s) => compact({
		"@type": "CreativeWork",
		name: s.title,
		publisher: s.publisher ? {
			"@type": "Organization",
			name: s.publisher
		} : void 0,
		datePublished: s.date ? day(s.date) : void 0,
		url: s.url
	}));
}
function webPage(p, collection, id, text, sources, lastVerified) {
	const url = p.url(collection, id);
	const dutch = entryUrl(p.origin, collection, id);
	return compact({
		"@type": "WebPage",
		"@id": url,
		url,
		name: text.title,
		description: text.summary,
		inLanguage: p.lang,
		isPartOf: website(p),
		translationOfWork: p.lang !== "nl" && text.translated ? {
			"@type": "WebPage",
			"@id": dutch,
			url: dutch,
			inLanguage: "nl"
		} : void 0,
		lastReviewed: day(lastVerified),
		isBasedOn: sourcesLd(sources)
	});
}
/** The language the entry's text on this page is written in. */
var textLang = (p, text) => text.translated ? p.lang : "nl";
/** Dutch-only free text (conditions, solutions, themes) belongs on a page whose text is Dutch. */
var dutchOnly = (p, text, value) => textLang(p, text) === "nl" ? value : void 0;
/** Drops keys whose value is undefined or an empty list, so the output holds only what is known. */
function compact(node) {
	return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== void 0 && !(Array.isArray(v) && v.length === 0)));
}
function areaServed(p, ids) {
	return ids.map((id) => id === "landelijk" ? {
		"@type": "Country",
		name: p.w.country
	} : {
		"@type": "AdministrativeArea",
		name: `${p.w.region} ${labelOf(regions, id, p.ref)}`
	});
}
var organisation = (name) => ({
	"@type": "Organization",
	name
});
var audience = (audienceType) => ({
	"@type": "Audience",
	audienceType
});
function ref(p, collection, entry, type) {
	const url = p.url(collection, entry.id);
	return {
		"@type": type,
		"@id": `${url}#${typeSuffix[collection]}`,
		name: p.text(collection, entry).title,
		url
	};
}
var typeSuffix = {
	praktijkvoorbeelden: "project",
	regelingen: "regeling",
	lessen: "les",
	knelpunten: "knelpunt",
	begrippen: "begrip"
};
/**
* A praktijkvoorbeeld as a schema.org `Project`: who carries it (`member`), where
* (`areaServed`), the regelingen it used (`funding`, as Grants with their financer), its sectors
* and approaches (`knowsAbout`) and its website (`sameAs`).
*/
function practiceJsonLd(entry, options) {
	const p = page(options);
	const d = entry.data;
	const text = p.text("praktijkvoorbeelden", entry);
	const url = p.url("praktijkvoorbeelden", entry.id);
	return compact({
		"@context": context,
		"@type": "Project",
		"@id": `${url}#project`,
		name: text.title,
		description: text.summary,
		url,
		sameAs: d.website,
		member: [...d.organisations, ...d.partners].map(organisation),
		areaServed: areaServed(p, d.regions),
		knowsAbout: [...d.sectors.map((id) => labelOf(sectors, id, p.ref)), ...d.approaches.map((id) => labelOf(approaches, id, p.ref))],
		funding: (options.schemes ?? []).map((s) => compact({
			"@type": "Grant",
			name: p.text("regelingen", s).title,
			url: p.url("regelingen", s.id),
			funder: s.data.financer ? organisation(s.data.financer) : void 0
		})),
		mainEntityOfPage: webPage(p, "praktijkvoorbeelden", entry.id, text, d.sources, d.lastVerified)
	});
}
/**
* A regeling as a schema.org `GovernmentService` (every regeling is public money or a public
* service): the financer (`provider`), where it applies (`areaServed`), who may apply
* (`audience`), what it pays for (`category`), its conditions (`termsOfService`) and the
* regelingen it combines with (`isRelatedTo`).
*/
function schemeJsonLd(entry, options) {
	const p = page(options);
	const d = entry.data;
	const text = p.text("regelingen", entry);
	const url = p.url("regelingen", entry.id);
	const lower = (key) => p.ui(key).toLowerCase();
	return compact({
		"@context": context,
		"@type": "GovernmentService",
		"@id": `${url}#regeling`,
		name: text.title,
		description: text.summary,
		url,
		sameAs: d.website,
		serviceType: p.ui(`schemeKind.${d.kind}`),
		provider: d.financer ? organisation(d.financer) : void 0,
		areaServed: areaServed(p, d.regions),
		audience: [...d.applicants.map((a) => audience(`${p.w.applicant}: ${lower(`applicant.${a}`)}`)), ...d.targetGroups.map((g) => audience(`${p.w.targetGroup}: ${labelOf(targetGroups, g, p.ref).toLowerCase()}`))],
		category: d.paysFor.map((purpose) => p.ui(`purpose.${purpose}`)),
		termsOfService: d.conditions.length > 0 ? dutchOnly(p, text, d.conditions.join(" ")) : void 0,
		isRelatedTo: (options.combinesWith ?? []).map((s) => ref(p, "regelingen", s, "GovernmentService")),
		mainEntityOfPage: webPage(p, "regelingen", entry.id, text, d.sources, d.lastVerified)
	});
}
/**
* A les as a schema.org `Report`: the learning network (`author`), its date, themes
* (`keywords`) and the praktijkvoorbeelden it draws on (`mentions`).
*/
function lessonJsonLd(entry, options) {
	const p = page(options);
	const d = entry.data;
	const text = p.text("lessen", entry);
	const url = p.url("lessen", entry.id);
	return compact({
		"@context": context,
		"@type": "Report",
		"@id": `${url}#les`,
		name: text.title,
		headline: text.title,
		description: text.summary,
		url,
		inLanguage: textLang(p, text),
		author: organisation(d.network),
		datePublished: d.date ? day(d.date) : void 0,
		keywords: dutchOnly(p, text, d.themes),
		about: d.sectors.map((id) => ({
			"@type": "Thing",
			name: labelOf(sectors, id, p.ref)
		})),
		mentions: (options.practices ?? []).map((e) => ref(p, "praktijkvoorbeelden", e, "Project")),
		mainEntityOfPage: webPage(p, "lessen", entry.id, text, d.sources, d.lastVerified)
	});
}
/**
* A knelpunt as a schema.org `CreativeWork`: who feels it (`audience`), the solutions that work
* (`hasPart`) and the practices, regelingen and lessen that carry them (`mentions`).
*/
function bottleneckJsonLd(entry, options) {
	const p = page(options);
	const d = entry.data;
	const text = p.text("knelpunten", entry);
	const url = p.url("knelpunten", entry.id);
	return compact({
		"@context": context,
		"@type": "CreativeWork",
		"@id": `${url}#knelpunt`,
		name: text.title,
		headline: text.title,
		description: text.summary,
		url,
		inLanguage: textLang(p, text),
		audience: d.feltBy.map((who) => audience(p.ui(`audience.${who}`).toLowerCase())),
		hasPart: dutchOnly(p, text, d.solutions.map((s) => ({
			"@type": "CreativeWork",
			name: s.title,
			text: s.description
		}))),
		mentions: [
			...(options.practices ?? []).map((e) => ref(p, "praktijkvoorbeelden", e, "Project")),
			...(options.schemes ?? []).map((e) => ref(p, "regelingen", e, "GovernmentService")),
			...(options.lessons ?? []).map((e) => ref(p, "lessen", e, "Report"))
		],
		mainEntityOfPage: webPage(p, "knelpunten", entry.id, text, d.sources, d.lastVerified)
	});
}
/** The glossary as a schema.org `DefinedTermSet`, the set every term page points into. */
function termSetJsonLd(options, terms) {
	const p = page(typeof options === "string" || options instanceof URL ? { origin: options } : options);
	const url = new URL(localizePath(p.lang, collectionPath("begrippen")), p.origin).href;
	return compact({
		"@context": terms ? context : void 0,
		"@type": "DefinedTermSet",
		"@id": `${url}#begrippen`,
		name: `${p.ui(collectionKeys("begrippen").plural)} | ${siteName}`,
		url,
		inLanguage: p.lang,
		hasDefinedTerm: (terms ?? []).map((e) => ref(p, "begrippen", e, "DefinedTerm"))
	});
}
/**
* A begrip as a schema.org `DefinedTerm` in the Werkpad `DefinedTermSet`: its other spellings
* (`alternateName`; on a translated page the Dutch term comes first), the short definition
* (`description`), and related begrippen as `mentions` of its page (DefinedTerm has no property
* for related terms).
*/
function termJsonLd(entry, options) {
	const p = page(options);
	const d = entry.data;
	const text = p.text("begrippen", entry);
	const url = p.url("begrippen", entry.id);
	const webpage = webPage(p, "begrippen", entry.id, text, d.sources, d.lastVerified);
	const related = (options.related ?? []).map((e) => ref(p, "begrippen", e, "DefinedTerm"));
	const alternateNames = [.../* @__PURE__ */ new Set([...text.title === d.term ? [] : [d.term], ...d.synonyms])];
	return compact({
		"@context": context,
		"@type": "DefinedTerm",
		"@id": `${url}#begrip`,
		name: text.title,
		alternateName: alternateNames,
		description: text.summary,
		termCode: entry.id,
		url,
		inDefinedTermSet: termSetJsonLd(options),
		mainEntityOfPage: related.length > 0 ? {
			...webpage,
			mentions: related
		} : webpage
	});
}
export { termJsonLd as a, schemeJsonLd as i, lessonJsonLd as n, termSetJsonLd as o, practiceJsonLd as r, bottleneckJsonLd as t };
