import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { t as $$AudienceNav } from "./AudienceNav_CG8KZCc0.mjs";
import { r as cardOf, t as bottlenecks } from "./content_DNH6Nqmv.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/knelpunten/index.astro
var knelpunten_exports = /* @__PURE__ */ __exportAll({
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
	const items = bottlenecks.map((b) => ({
		...cardOf("knelpunten", lang)(b),
		meta: t(lang, "bottleneck.feltBy", { who: b.data.feltBy.map((a) => t(lang, `audience.${a}`).toLowerCase()).join(", ") })
	}));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "knelpunten",
		"items": items
	}, { "intro": ($$result) => renderTemplate`${renderComponent($$result, "AudienceNav", $$AudienceNav, {
		"slot": "intro",
		"lang": lang
	})}` })}`;
}, "/work/main/site/pages/[...lang]/knelpunten/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/knelpunten/index.astro";
var $$url = "/[...lang]/knelpunten";
// \0virtual:astro:page:site/pages/[...lang]/knelpunten/index@_@astro
var page = () => knelpunten_exports;
export { page };
