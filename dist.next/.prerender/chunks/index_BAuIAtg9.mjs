import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { n as buildDate, r as cardOf, v as practices } from "./content_DNH6Nqmv.mjs";
import { a as facetValuesOf, n as facetGroups, o as practiceFacets } from "./facets_jluXo2k0.mjs";
import { a as sectorLabels, r as regionLabels } from "./labels_CM5_YWZc.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/praktijkvoorbeelden/index.astro
var praktijkvoorbeelden_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const ctx = { today: buildDate };
	const items = practices.map((p) => ({
		...cardOf("praktijkvoorbeelden", lang)(p),
		meta: [regionLabels(p.data.regions, lang).join(", "), sectorLabels(p.data.sectors, lang).join(", ")].filter(Boolean).join(" · "),
		facets: facetValuesOf(practiceFacets, p.data, ctx)
	}));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "praktijkvoorbeelden",
		"items": items,
		"facets": facetGroups("praktijkvoorbeelden", practiceFacets, practices, lang, ctx),
		"filter": true
	})}`;
}, "/work/main/site/pages/[...lang]/praktijkvoorbeelden/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/praktijkvoorbeelden/index.astro";
var $$url = "/[...lang]/praktijkvoorbeelden";
// \0virtual:astro:page:site/pages/[...lang]/praktijkvoorbeelden/index@_@astro
var page = () => praktijkvoorbeelden_exports;
export { page };
