import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as renderScript } from "./script_D6HtT6FB.mjs";
import { n as t, r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { i as allLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/scripts/search-config.ts
/** The Pagefind filters the search page offers, in this order. */
var FILTER_GROUPS = [
	"type",
	"sector",
	"regio",
	"actielijn"
];
/** The strings the search script shows, handed to it by the page in the reader's language. */
var SEARCH_MESSAGE_KEYS = [
	"searchPage.prompt",
	"searchPage.busy",
	"searchPage.none",
	"searchPage.count.one",
	"searchPage.count.other",
	"searchPage.count.more",
	"searchPage.unavailable"
];
// site/pages/[...lang]/zoeken/index.astro
var zoeken_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(allLangs);
var $$Index = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	const messages = Object.fromEntries(SEARCH_MESSAGE_KEYS.map((k) => [k, t(lang, k)]));
	const legends = Object.fromEntries(FILTER_GROUPS.map((key) => [key, t(lang, `searchPage.filter.${key}`)]));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("searchPage.title"),
		"description": tr("searchPage.description"),
		"lang": lang,
		"path": "/zoeken/",
		"langs": allLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: tr("searchPage.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("searchPage.title")}</h1> <noscript> <div class="utrecht-alert utrecht-alert--warning" role="note"> <p class="utrecht-paragraph">${tr("searchPage.noscript")}</p> </div> </noscript> <form id="search-form" role="search" method="get" data-search${addAttribute(JSON.stringify(messages), "data-messages")}${addAttribute(JSON.stringify(legends), "data-legends")}> <div class="search-form"> <div class="utrecht-form-field"> <label class="utrecht-form-label" for="q">${tr("searchPage.term")}</label> <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="q" name="q" autocomplete="off"> </div> <button class="utrecht-button utrecht-button--primary-action" type="submit">${tr("search.button")}</button> </div> <div class="search-layout"> <div class="search-filters"> <h2 id="filters-title" class="utrecht-heading-2">${tr("searchPage.filters")}</h2> <div id="search-filters"><p class="muted">${tr("searchPage.loadingFilters")}</p></div> </div> <section aria-labelledby="results-title"> <h2 id="results-title" class="utrecht-heading-2">${tr("searchPage.results")}</h2> <p id="search-status" class="search-status" role="status" aria-live="polite">${tr("searchPage.prompt")}</p> <ol id="search-results" class="search-results"></ol> </section> </div> </form> ` })}${renderScript($$result, "/work/main/site/pages/[...lang]/zoeken/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/site/pages/[...lang]/zoeken/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/zoeken/index.astro";
var $$url = "/[...lang]/zoeken";
// \0virtual:astro:page:site/pages/[...lang]/zoeken/index@_@astro
var page = () => zoeken_exports;
export { page };
