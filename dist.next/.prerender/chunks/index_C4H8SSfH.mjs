import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { c as lessons, r as cardOf } from "./content_DNH6Nqmv.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/lessen/index.astro
var lessen_exports = /* @__PURE__ */ __exportAll({
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
	const items = lessons.map((l) => ({
		...cardOf("lessen", lang)(l),
		meta: l.data.network
	}));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "lessen",
		"items": items
	})}`;
}, "/work/main/site/pages/[...lang]/lessen/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/lessen/index.astro";
var $$url = "/[...lang]/lessen";
// \0virtual:astro:page:site/pages/[...lang]/lessen/index@_@astro
var page = () => lessen_exports;
export { page };
