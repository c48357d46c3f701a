import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { i as employerFacets, n as employerCard, r as employerEntries } from "./employer-register_CA_BHyKm.mjs";
import { i as facetPath, n as facetGroups, r as facetPages, t as entriesWith } from "./facets_jluXo2k0.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/werkgevers/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
async function getStaticPaths() {
	const pages = facetPages(employerFacets, employerEntries(await publishedEmployers()), { today: /* @__PURE__ */ new Date() });
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
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { lang, facet, value } = Astro.props;
	const ctx = { today: /* @__PURE__ */ new Date() };
	const entries = employerEntries(await publishedEmployers());
	const def = employerFacets.find((d) => d.key === facet);
	const items = entriesWith(employerFacets, entries, facet, value, ctx).map((e) => employerCard(e.data, lang));
	const current = {
		key: facet,
		value,
		legend: t(lang, def.legend),
		label: def.label(value, lang),
		total: entries.length,
		path: facetPath("werkgevers", facet, value)
	};
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "werkgevers",
		"items": items,
		"facets": facetGroups("werkgevers", employerFacets, entries, lang, ctx),
		"current": current
	})}`;
}, "/work/main/site/pages/[...lang]/werkgevers/[facet]/[value].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgevers/[facet]/[value].astro";
var $$url = "/[...lang]/werkgevers/[facet]/[value]";
// \0virtual:astro:page:site/pages/[...lang]/werkgevers/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
