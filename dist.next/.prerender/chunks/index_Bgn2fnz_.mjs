import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { n as buildDate, r as cardOf, y as schemes } from "./content_DNH6Nqmv.mjs";
import { a as facetValuesOf, n as facetGroups, s as schemeFacets } from "./facets_jluXo2k0.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/regelingen/index.astro
var regelingen_exports = /* @__PURE__ */ __exportAll({
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
	const items = schemes.map((s) => ({
		...cardOf("regelingen", lang)(s),
		meta: [s.data.financer, t(lang, `schemeKind.${s.data.kind}`)].filter(Boolean).join(" · "),
		facets: facetValuesOf(schemeFacets, s.data, ctx),
		scheme: s
	}));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "regelingen",
		"items": items,
		"facets": facetGroups("regelingen", schemeFacets, schemes, lang, ctx),
		"filter": true,
		"note": t(lang, "facets.statusNote", { date: formatDate(buildDate, lang) })
	})}`;
}, "/work/main/site/pages/[...lang]/regelingen/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/regelingen/index.astro";
var $$url = "/[...lang]/regelingen";
// \0virtual:astro:page:site/pages/[...lang]/regelingen/index@_@astro
var page = () => regelingen_exports;
export { page };
