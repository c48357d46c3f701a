import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { t as publishedEmployers } from "./published-employers_C2v0IgyE.mjs";
import { i as employerFacets, n as employerCard, r as employerEntries } from "./employer-register_CA_BHyKm.mjs";
import { a as facetValuesOf, n as facetGroups } from "./facets_jluXo2k0.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/werkgevers/index.astro
var werkgevers_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	const ctx = { today: /* @__PURE__ */ new Date() };
	const entries = employerEntries(await publishedEmployers());
	const items = entries.map((e) => ({
		...employerCard(e.data, lang),
		facets: facetValuesOf(employerFacets, e.data, ctx)
	}));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "werkgevers",
		"items": items,
		"facets": facetGroups("werkgevers", employerFacets, entries, lang, ctx),
		"filter": entries.length > 0
	}, { "intro": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "intro" }, { "default": ($$result) => renderTemplate`${entries.length === 0 && renderTemplate`${maybeRenderHead($$result)}<div class="utrecht-alert utrecht-alert--info" role="note"> <p class="utrecht-paragraph">${tr("employers.empty")}</p> </div>`}<ul class="utrecht-unordered-list"> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(localizePath(lang, "/werkgever-aanmelden/"), "href")}>${tr("employers.join")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(localizePath(lang, "/werkgevers/beheren/"), "href")}>${tr("employers.manageLink")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(localizePath(lang, "/open-data/"), "href")}>${tr("employers.openData")}</a></li> </ul> ` })}` })}`;
}, "/work/main/site/pages/[...lang]/werkgevers/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgevers/index.astro";
var $$url = "/[...lang]/werkgevers";
// \0virtual:astro:page:site/pages/[...lang]/werkgevers/index@_@astro
var page = () => werkgevers_exports;
export { page };
