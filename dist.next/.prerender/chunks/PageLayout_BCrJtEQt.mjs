import { c as renderComponent, g as maybeRenderHead, h as renderTemplate } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { E as render, h as pageLangs, m as pageIn } from "./content_DNH6Nqmv.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as $$Sources } from "./Sources_CRgWg5Le.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { i as allLangs, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/layouts/PageLayout.astro
createAstro("http://localhost:4321");
var $$PageLayout = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PageLayout;
	const { lang, slug } = Astro.props;
	const page = pageIn(lang, slug);
	if (!page) throw new Error(`content/paginas/${lang}/${slug}.md ontbreekt`);
	const { Content } = await render(page);
	const path = slug === "start" ? "/" : `/${slug}/`;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": page.data.title,
		"description": page.data.summary,
		"lang": lang,
		"path": path,
		"langs": slug === "start" ? allLangs : pageLangs(slug)
	}, { "default": ($$result) => renderTemplate`${slug !== "start" && renderTemplate`${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
		"lang": lang,
		"items": [{ label: page.data.title }]
	})}`}${maybeRenderHead($$result)}<article data-pagefind-body> <h1 class="utrecht-heading-1" data-pagefind-meta="title">${page.data.title}</h1> <div class="summary-box"> <p class="summary-box__label">${t(lang, "summary.label")}</p> <p class="utrecht-paragraph">${page.data.summary}</p> </div> <div class="prose">${renderComponent($$result, "Content", Content, {})}</div> ${renderComponent($$result, "Sources", $$Sources, {
		"lang": lang,
		"sources": page.data.sources,
		"lastVerified": page.data.lastVerified
	})} </article> ` })}`;
}, "/work/main/site/layouts/PageLayout.astro", void 0);
export { $$PageLayout as t };
