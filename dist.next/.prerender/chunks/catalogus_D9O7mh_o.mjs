import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as translations, v as practices, y as schemes } from "./content_DNH6Nqmv.mjs";
// functions/domain/match-catalog.ts
var translatedLangs = [
	"en",
	"ar",
	"uk",
	"ti"
];
var day = (date) => date ? date.toISOString().slice(0, 10) : void 0;
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function namesOf(collection, id, dutch, translations) {
	const name = { nl: dutch };
	for (const lang of translatedLangs) {
		const translation = translations.find((t) => t.id === `${collection}/${id}.${lang}`);
		if (translation) name[lang] = translation.data.title;
	}
	return name;
}
/**
* Builds the catalog. A scheme's sectors are the sectors of the practices that name it in
* `schemes`: regelingen carry no sectors of their own, and "used in zorg" is what a reader can act on.
*/
function buildMatchCatalog(practices, schemes, translations = []) {
	const schemeSectors = /* @__PURE__ */ new Map();
	for (const p of practices) for (const scheme of p.data.schemes) {
		const set = schemeSectors.get(scheme) ?? /* @__PURE__ */ new Set();
		for (const sector of p.data.sectors) set.add(sector);
		schemeSectors.set(scheme, set);
	}
	return {
		practices: practices.map((p) => ({
			id: p.id,
			name: namesOf("praktijkvoorbeelden", p.id, p.data.title, translations),
			regions: [...p.data.regions],
			sectors: [...p.data.sectors],
			approaches: [...p.data.approaches]
		})).sort(byId),
		schemes: schemes.map((s) => ({
			id: s.id,
			name: namesOf("regelingen", s.id, s.data.name, translations),
			regions: [...s.data.regions],
			sectors: [...schemeSectors.get(s.id) ?? []].sort(),
			paysFor: [...s.data.paysFor],
			targetGroups: [...s.data.targetGroups],
			windows: s.data.windows.map((w) => ({
				...w.opens ? { opens: day(w.opens) } : {},
				...w.closes ? { closes: day(w.closes) } : {}
			})),
			ongoing: s.data.ongoing
		})).sort(byId)
	};
}
// site/pages/[...lang]/werk-zoeken/catalogus.json.ts
var catalogus_json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
/** Once, at `/werk-zoeken/catalogus.json`: matching reads practices and schemes from here at run time. */
var getStaticPaths = () => [{ params: { lang: void 0 } }];
/** What matching needs of every practice (published submissions included) and scheme, built with the site. */
var GET = () => new Response(JSON.stringify(buildMatchCatalog(practices, schemes, translations)), { headers: { "content-type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:site/pages/[...lang]/werk-zoeken/catalogus.json@_@ts
var page = () => catalogus_json_exports;
export { page };
