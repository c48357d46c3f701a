import { _ as renderHead, c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, k as ASTRO_GENERATOR, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { G as UnavailableAstroGlobal, X as AstroError } from "./errors-data_BblAWxQ4.mjs";
import { a as fullSiteLangs, c as localizePath, i as allLangs, l as unreviewedLangs, n as collectionNames, r as collectionPath, s as locales, t as collectionKeys, u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
var $$SiteHeader = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteHeader;
	const { lang, path, langs } = Astro.props;
	const items = fullSiteLangs.includes(lang) ? [
		...collectionNames.map((name) => ({
			path: collectionPath(name),
			key: collectionKeys(name).plural
		})),
		{
			path: "/werkgevers/",
			key: "nav.employers"
		},
		{
			path: "/financieringswijzer/",
			key: "finder.title"
		},
		{
			path: "/werk-zoeken/",
			key: "nav.match"
		},
		{
			path: "/werken-in-nederland/",
			key: "nav.work"
		},
		{
			path: "/initiatief-aanmelden/",
			key: "nav.submit"
		},
		{
			path: "/zoeken/",
			key: "nav.search"
		}
	] : [
		{
			path: "/",
			key: "nav.home"
		},
		{
			path: "/werken-in-nederland/",
			key: "nav.work"
		},
		{
			path: "/werk-zoeken/",
			key: "nav.match"
		},
		{
			path: "/zoeken/",
			key: "nav.search"
		}
	];
	const isCurrent = (p) => p === "/" ? path === "/" : path.startsWith(p);
	return renderTemplate`${maybeRenderHead($$result)}<header class="utrecht-page-header site-header"> <div class="site-header__inner"> <a class="site-logo"${addAttribute(localizePath(lang, "/"), "href")}> <span class="site-logo__mark" aria-hidden="true">W</span> <span class="site-logo__text">${t(lang, "site.name")}</span> </a> <nav class="lang-switch"${addAttribute(t(lang, "lang.label"), "aria-label")}> <ul> ${allLangs.map((l) => renderTemplate`<li> <a${addAttribute(localizePath(l, langs.includes(l) ? path : "/"), "href")}${addAttribute(l, "lang")}${addAttribute(l, "hreflang")}${addAttribute(locales[l].dir, "dir")}${addAttribute(l === lang ? "true" : void 0, "aria-current")}>${locales[l].name}</a> </li>`)} </ul> </nav> <form class="site-search" role="search"${addAttribute(localizePath(lang, "/zoeken/"), "action")} method="get"> <label class="utrecht-form-label" for="site-search-q">${t(lang, "search.label")}</label> <div class="site-search__row"> <input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="site-search-q" name="q" autocomplete="off"> <button class="utrecht-button utrecht-button--primary-action" type="submit">${t(lang, "search.button")}</button> </div> </form> </div> <nav class="site-nav"${addAttribute(t(lang, "nav.label"), "aria-label")}>  <details class="site-menu"> <summary class="site-menu__button">${t(lang, "nav.menu")}</summary> <ul class="site-nav__list"> ${items.map((item) => renderTemplate`<li> <a class="site-nav__link"${addAttribute(localizePath(lang, item.path), "href")}${addAttribute(isCurrent(item.path) ? "page" : void 0, "aria-current")}>${t(lang, item.key)}</a> </li>`)} </ul> </details> </nav> </header>`;
}, "/work/main/site/components/SiteHeader.astro", void 0);
var $$SiteFooter = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteFooter;
	const { lang } = Astro.props;
	const fullSite = fullSiteLangs.includes(lang);
	return renderTemplate`${maybeRenderHead($$result)}<footer class="utrecht-page-footer site-footer"> <div class="site-footer__inner"> <section aria-labelledby="footer-about"> <h2 id="footer-about" class="utrecht-heading-2 site-footer__heading">${t(lang, "site.name")}</h2> <p class="utrecht-paragraph">${t(lang, "footer.about")}</p> <p class="utrecht-paragraph">${t(lang, "footer.sources")}</p> </section> ${fullSite && renderTemplate`<nav aria-labelledby="footer-kb"> <h2 id="footer-kb" class="utrecht-heading-2 site-footer__heading">${t(lang, "footer.kb")}</h2> <ul class="site-footer__links"> ${collectionNames.map((name) => renderTemplate`<li><a${addAttribute(localizePath(lang, collectionPath(name)), "href")}>${t(lang, collectionKeys(name).plural)}</a></li>`)} <li><a${addAttribute(localizePath(lang, "/financieringswijzer/"), "href")}>${t(lang, "finder.title")}</a></li> <li><a${addAttribute(localizePath(lang, "/in-cijfers/"), "href")}>${t(lang, "home.more.figures")}</a></li> <li><a${addAttribute(localizePath(lang, "/open-data/"), "href")}>${t(lang, "footer.openData")}</a></li> </ul> </nav>`} <nav aria-labelledby="footer-info"> <h2 id="footer-info" class="utrecht-heading-2 site-footer__heading">${t(lang, "footer.info")}</h2> <ul class="site-footer__links"> <li><a${addAttribute(localizePath(lang, "/werken-in-nederland/"), "href")}>${t(lang, "nav.work")}</a></li> <li><a${addAttribute(localizePath(lang, "/privacy/"), "href")}>${t(lang, "footer.privacy")}</a></li> <li><a${addAttribute(localizePath(lang, "/toegankelijkheid/"), "href")}>${t(lang, "footer.accessibility")}</a></li> </ul> </nav> </div> </footer>`;
}, "/work/main/site/components/SiteFooter.astro", void 0);
var $$BaseLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BaseLayout;
	const { title, description = t(Astro.props.lang, "site.tagline"), lang, path, langs, noindex = false } = Astro.props;
	const siteName = t(lang, "site.name");
	const fullTitle = title === siteName ? title : `${title} | ${siteName}`;
	const absolute = (l) => new URL(localizePath(l, path), Astro.site).href;
	return renderTemplate`<html${addAttribute(lang, "lang")}${addAttribute(locales[lang].dir, "dir")} class="utrecht-theme werkpad-theme"${addAttribute(new URL("/", Astro.site).origin, "data-site-origin")}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title><meta name="description"${addAttribute(description, "content")}><link rel="canonical"${addAttribute(absolute(lang), "href")}>${langs.map((l) => renderTemplate`<link rel="alternate"${addAttribute(l, "hreflang")}${addAttribute(absolute(l), "href")}>`)}${langs.includes("nl") && renderTemplate`<link rel="alternate" hreflang="x-default"${addAttribute(absolute("nl"), "href")}>`}<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="alternate" type="application/rss+xml" title="Werkpad" href="/feed.xml">${noindex && renderTemplate`<meta name="robots" content="noindex">`}${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head> <body class="utrecht-document utrecht-document--surface"> <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">${t(lang, "skip.link")}</a> ${renderComponent($$result, "SiteHeader", $$SiteHeader, {
		"lang": lang,
		"path": path,
		"langs": langs
	})} <main id="inhoud" class="page-main" tabindex="-1"> ${unreviewedLangs.includes(lang) && renderTemplate`<p class="utrecht-alert utrecht-alert--info translation-notice" role="note">${t(lang, "notice.unreviewed")}</p>`} ${renderSlot($$result, $$slots["default"])} </main> ${renderComponent($$result, "SiteFooter", $$SiteFooter, { "lang": lang })} </body> </html>`;
}, "/work/main/site/layouts/BaseLayout.astro", void 0);
export { createAstro as n, $$BaseLayout as t };
