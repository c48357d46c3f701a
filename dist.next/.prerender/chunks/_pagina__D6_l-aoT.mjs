import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { c as renderComponent, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$PageLayout } from "./PageLayout_BCrJtEQt.mjs";
import { g as pages } from "./content_DNH6Nqmv.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/pages/[...lang]/[pagina].astro
var _pagina__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Pagina,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4321");
function getStaticPaths() {
	return pages.map((p) => {
		const [lang, slug] = p.id.split("/");
		return {
			lang,
			slug
		};
	}).filter(({ slug }) => slug !== "start").map(({ lang, slug }) => ({
		params: {
			lang: lang === "nl" ? void 0 : lang,
			pagina: slug
		},
		props: {
			lang,
			slug
		}
	}));
}
var $$Pagina = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Pagina;
	const { lang, slug } = Astro.props;
	return renderTemplate`${renderComponent($$result, "PageLayout", $$PageLayout, {
		"lang": lang,
		"slug": slug
	})}`;
}, "/work/main/site/pages/[...lang]/[pagina].astro", void 0);
var $$file = "/work/main/site/pages/[...lang]/[pagina].astro";
var $$url = "/[...lang]/[pagina]";
// \0virtual:astro:page:site/pages/[...lang]/[pagina]@_@astro
var page = () => _pagina__exports;
export { page };
