import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/moderatie/index.astro
var moderatie_exports = /* @__PURE__ */ __exportAll({
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
	const tr = useTranslations(lang);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": tr("moderation.title"),
		"description": tr("moderation.description"),
		"lang": lang,
		"path": "/moderatie/",
		"langs": fullSiteLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("moderation.title")}</h1> <noscript><p class="utrecht-alert utrecht-alert--warning">${tr("moderation.noscript")}</p></noscript> ${renderComponent($$result, "ModerationApp", null, {
		"client:only": "react",
		"lang": lang,
		"client:component-hydration": "only",
		"client:component-path": "/work/main/site/islands/ModerationApp.tsx",
		"client:component-export": "default"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/moderatie/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/moderatie/index.astro";
var $$url = "/[...lang]/moderatie";
// \0virtual:astro:page:site/pages/[...lang]/moderatie/index@_@astro
var page = () => moderatie_exports;
export { page };
