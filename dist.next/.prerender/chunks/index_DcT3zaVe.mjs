import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { r as useTranslations } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/werkgevers/beheren/index.astro
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
		"title": tr("employerManage.title"),
		"description": tr("employerManage.description"),
		"lang": lang,
		"path": "/werkgevers/beheren/",
		"langs": fullSiteLangs,
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{
			href: localizePath(lang, "/werkgevers/"),
			label: tr("collection.werkgevers.plural")
		}, { label: tr("employerManage.title") }]
	})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${tr("employerManage.title")}</h1> <noscript><p class="utrecht-alert utrecht-alert--warning">${tr("employerManage.noscript")}</p></noscript> ${renderComponent($$result, "EmployerManageApp", null, {
		"client:only": "react",
		"lang": lang,
		"client:component-hydration": "only",
		"client:component-path": "/work/main/site/islands/EmployerManageApp.tsx",
		"client:component-export": "default"
	})} ` })}`;
}, "/work/main/site/pages/[...lang]/werkgevers/beheren/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/werkgevers/beheren/index.astro";
var $$url = "/[...lang]/werkgevers/beheren";
// \0virtual:astro:page:site/pages/[...lang]/werkgevers/beheren/index@_@astro
var page = () => beheren_exports;
export { page };
