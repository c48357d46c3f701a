import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
// site/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": t("nl", "notFound.title"),
		"lang": "nl",
		"path": "/404/",
		"langs": [],
		"noindex": true
	}, { "default": ($$result) => renderTemplate` ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${t("nl", "notFound.title")}</h1> <p class="lead">${t("nl", "notFound.lead")}</p> <ul class="utrecht-unordered-list"> <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/">${t("nl", "notFound.home")}</a></li> <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/zoeken/">${t("nl", "notFound.search")}</a></li> </ul> <section lang="en" aria-labelledby="not-found-en"> <h2 id="not-found-en" class="utrecht-heading-2">${t("en", "notFound.title")}</h2> <p class="utrecht-paragraph">${t("en", "notFound.lead")} <a class="utrecht-link" href="/en/">${t("en", "notFound.home")}</a></p> </section> ` })}`;
}, "/work/main/site/pages/404.astro", void 0);
var $$file = "/work/main/site/pages/404.astro";
var $$url = "/404";
// \0virtual:astro:page:site/pages/404@_@astro
var page = () => _404_exports;
export { page };
