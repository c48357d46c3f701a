import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$ListLayout } from "./ListLayout_DdKVds9o.mjs";
import { f as localizedText, r as cardOf, x as terms } from "./content_DNH6Nqmv.mjs";
import { o as termSetJsonLd } from "./json-ld_BXFS8Suo.mjs";
import { t as siteOrigin } from "./site-url_CTliHJKv.mjs";
import { a as fullSiteLangs, o as langPaths, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/begrippen/index.astro
var begrippen_exports = /* @__PURE__ */ __exportAll({
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
	const items = terms.map((e) => ({ ...cardOf("begrippen", lang)(e) }));
	return renderTemplate`${renderComponent($$result, "ListLayout", $$ListLayout, {
		"lang": lang,
		"collection": "begrippen",
		"items": items,
		"jsonLd": termSetJsonLd({
			origin: siteOrigin(Astro.site),
			lang,
			textOf: (c, e) => localizedText(c, e, lang)
		}, terms)
	})}`;
}, "/work/main/site/pages/[...lang]/begrippen/index.astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/begrippen/index.astro";
var $$url = "/[...lang]/begrippen";
// \0virtual:astro:page:site/pages/[...lang]/begrippen/index@_@astro
var page = () => begrippen_exports;
export { page };
