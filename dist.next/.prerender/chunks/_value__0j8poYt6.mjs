import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { n as buildDate, r as cardOf, v as practices } from "./content_DNH6Nqmv.mjs";
import { i as facetPath, n as facetGroups, o as practiceFacets, r as facetPages, t as entriesWith } from "./facets_jluXo2k0.mjs";
import { a as sectorLabels, r as regionLabels } from "./labels_CM5_YWZc.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/praktijkvoorbeelden/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	const pages = facetPages(practiceFacets, practices, { today: buildDate });
	return langPaths(fullSiteLangs).flatMap(({ params, props }) => pages.map(({ key, value }) => ({
		params: {
			...params,
			facet: key,
			value
		},
		props: {
			...props,
			facet: key,
			value
		}
	})));
}
var $$Value = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const ctx = { today: buildDate };
	const { lang, facet, value } = Astro.props;
	const def = practiceFacets.find((d) => d.key === facet);
	const items = entriesWith(practiceFacets, practices, facet, value, ctx).map((p) => ({
		...cardOf("praktijkvoorbeelden", lang)(p),
		meta: [regionLabels(p.data.regions, lang).join(", "), sectorLabels(p.data.sectors, lang).join(", ")].filter(Boolean).join(" · ")
	}));
	const current = {
		key: facet,
		value,
		legend: t(lang, def.legend),
		label: def.label(value, lang),
		total: practices.length,
		path: facetPath("praktijkvoorbeelden", facet, value)
	};
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "praktijkvoorbeelden",
		"items": items,
		"facets": facetGroups("praktijkvoorbeelden", practiceFacets, practices, lang, ctx),
		"current": current
	})}`;
}, "/work/main/site/pages/[...lang]/praktijkvoorbeelden/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/praktijkvoorbeelden/[facet]/[value].astro";
var $$url = "/[...lang]/praktijkvoorbeelden/[facet]/[value]";
// \0virtual:astro:page:site/pages/[...lang]/praktijkvoorbeelden/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
