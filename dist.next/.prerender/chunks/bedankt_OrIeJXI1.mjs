import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/initiatief-aanmelden/bedankt.astro
var bedankt_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Bedankt,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
var getStaticPaths = () => langPaths(fullSiteLangs);
var $$Bedankt = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Bedankt;
	const { lang } = Astro.props;
	const tr = useTranslations(lang);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("form.thanks.title"),
		"lang": lang,
		"path": "/initiatief-aanmelden/bedankt/",
		"langs": fullSiteLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<div class="utrecht-alert utrecht-alert--ok" role="status"> <h1 class="utrecht-heading-1">${tr("form.thanks.title")}</h1> <p class="utrecht-paragraph">${tr("form.thanks.lead")}</p> </div> <p class="utrecht-paragraph"><a class="utrecht-link"${addAttribute(localizePath(lang, "/praktijkvoorbeelden/"), "href")}>${tr("form.thanks.back")}</a></p> ` })}`;
}, "/work/main/site/pages/[...lang]/initiatief-aanmelden/bedankt.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/initiatief-aanmelden/bedankt.astro";
var $$url = "/[...lang]/initiatief-aanmelden/bedankt";
// \0virtual:astro:page:site/pages/[...lang]/initiatief-aanmelden/bedankt@_@astro
var page = () => bedankt_exports;
export { page };
