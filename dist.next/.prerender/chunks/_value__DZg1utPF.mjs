import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { n as buildDate, r as cardOf, y as schemes } from "./content_DNH6Nqmv.mjs";
import { i as facetPath, n as facetGroups, r as facetPages, s as schemeFacets, t as entriesWith } from "./facets_jluXo2k0.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/regelingen/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	const pages = facetPages(schemeFacets, schemes, { today: buildDate });
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
	const def = schemeFacets.find((d) => d.key === facet);
	const items = entriesWith(schemeFacets, schemes, facet, value, ctx).map((s) => ({
		...cardOf("regelingen", lang)(s),
		meta: [s.data.financer, t(lang, `schemeKind.${s.data.kind}`)].filter(Boolean).join(" · "),
		scheme: s
	}));
	const current = {
		key: facet,
		value,
		legend: t(lang, def.legend),
		label: def.label(value, lang),
		total: schemes.length,
		path: facetPath("regelingen", facet, value)
	};
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "regelingen",
		"items": items,
		"facets": facetGroups("regelingen", schemeFacets, schemes, lang, ctx),
		"current": current,
		"note": t(lang, "facets.statusNote", { date: formatDate(buildDate, lang) })
	})}`;
}, "/work/main/site/pages/[...lang]/regelingen/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/regelingen/[facet]/[value].astro";
var $$url = "/[...lang]/regelingen/[facet]/[value]";
// \0virtual:astro:page:site/pages/[...lang]/regelingen/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
