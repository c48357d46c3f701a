import { g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { c as localizePath, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/components/Breadcrumb.astro
createAstro("http://localhost:4321");
var $$Breadcrumb = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breadcrumb;
	const { lang, items } = Astro.props;
	const all = [{
		href: localizePath(lang, "/"),
		label: t(lang, "breadcrumb.home")
	}, ...items];
	return renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumb"${addAttribute(t(lang, "breadcrumb.label"), "aria-label")}> <ol> ${all.map((item, i) => renderTemplate`<li>${item.href && i < all.length - 1 ? renderTemplate`<a class="utrecht-link"${addAttribute(item.href, "href")}>${item.label}</a>` : renderTemplate`<span aria-current="page">${item.label}</span>`}</li>`)} </ol> </nav>`;
}, "/work/main/site/components/Breadcrumb.astro", void 0);
export { $$Breadcrumb as t };
