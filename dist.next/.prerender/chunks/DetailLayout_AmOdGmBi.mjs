import { E as unescapeHTML, c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, r as collectionPath, t as collectionKeys, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/layouts/DetailLayout.astro
createAstro("http://localhost:4321");
var $$DetailLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DetailLayout;
	const { lang, collection, id, title, summary, translated, unreviewed = false, filters = {}, jsonLd } = Astro.props;
	const keys = collectionKeys(collection);
	const textLang = translated ? lang : "nl";
	const filterEntries = Object.entries({
		type: [t(lang, keys.singular)],
		...filters
	}).flatMap(([name, values]) => values.map((value) => ({
		name,
		value
	})));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": summary,
		"lang": lang,
		"path": `${collectionPath(collection)}${id}/`,
		"langs": fullSiteLangs
	}, {
		"default": ($$result) => renderTemplate`  ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
			"lang": lang,
			"items": [{
				href: localizePath(lang, collectionPath(collection)),
				label: t(lang, keys.plural)
			}, { label: title }]
		})} ${!translated && renderTemplate`${maybeRenderHead($$result)}<p class="utrecht-alert utrecht-alert--info translation-notice" role="note">${t(lang, "notice.untranslated")}</p>`}${unreviewed && renderTemplate`<p class="utrecht-alert utrecht-alert--info translation-notice" role="note">${t(lang, "notice.unreviewed")}</p>`}<article data-pagefind-body${addAttribute(textLang === lang ? void 0 : textLang, "lang")}> <p class="meta-line"${addAttribute(lang, "lang")}>${t(lang, keys.singular)}</p> <h1 class="utrecht-heading-1" data-pagefind-meta="title">${title}</h1> <div class="summary-box"> <p class="summary-box__label"${addAttribute(lang, "lang")}>${t(lang, "summary.label")}</p> <p class="utrecht-paragraph">${summary}</p> </div> ${renderSlot($$result, $$slots["default"])} </article> `,
		"head": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "head" }, { "default": ($$result) => renderTemplate`${filterEntries.map((f) => renderTemplate`<meta${addAttribute(`${f.name}[content]`, "data-pagefind-filter")}${addAttribute(f.value, "content")}>`)}<meta${addAttribute(`type[content]`, "data-pagefind-meta")}${addAttribute(t(lang, keys.singular), "content")}> ${jsonLd && renderTemplate`<script type="application/ld+json">${unescapeHTML(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}<\/script>`}` })}`
	})}`;
}, "/work/main/site/layouts/DetailLayout.astro", void 0);
export { $$DetailLayout as t };
