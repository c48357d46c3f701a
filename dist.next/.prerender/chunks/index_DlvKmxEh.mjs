import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/initiatief/beheren/index.astro
var beheren_exports = /* @__PURE__ */ __exportAll({
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
		"title": tr("manage.title"),
		"description": tr("manage.description"),
		"lang": lang,
		"path": "/initiatief/beheren/",
		"langs": fullSiteLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("manage.title")}</h1> <noscript><p class="utrecht-alert utrecht-alert--warning">${tr("manage.noscript")}</p></noscript> ${renderComponent($$result, "ManageApp", null, {
		"client:only": "react",
		"lang": lang,
		"client:component-hydration": "only",
		"client:component-path": "/work/main/site/islands/ManageApp.tsx",
		"client:component-export": "default"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/initiatief/beheren/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/initiatief/beheren/index.astro";
var $$url = "/[...lang]/initiatief/beheren";
// \0virtual:astro:page:site/pages/[...lang]/initiatief/beheren/index@_@astro
var page = () => beheren_exports;
export { page };
