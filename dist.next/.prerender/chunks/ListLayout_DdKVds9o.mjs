import { E as unescapeHTML, c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as $$Breadcrumb } from "./Breadcrumb_kUrFTK8k.mjs";
import { t as renderScript } from "./script_D6HtT6FB.mjs";
import { t as $$EntryCard } from "./EntryCard_Be-rMHtV.mjs";
import { t as $$SchemeStatusBadge } from "./SchemeStatusBadge_D7kpRqeY.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { a as fullSiteLangs, c as localizePath, r as collectionPath, t as collectionKeys, u as createComponent } from "./collections_BBCTYGuN.mjs";
// site/components/ListFacetsScript.astro
var $$ListFacetsScript = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderScript($$result, "/work/main/site/components/ListFacetsScript.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/site/components/ListFacetsScript.astro", void 0);
// site/layouts/ListLayout.astro
createAstro("http://localhost:4321");
var $$ListLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ListLayout;
	const { lang, collection, items, facets = [], filter = false, current, note, jsonLd } = Astro.props;
	const keys = collectionKeys(collection);
	const plural = t(lang, keys.plural);
	const listHref = localizePath(lang, collectionPath(collection));
	const title = current ? t(lang, "facets.pageTitle", {
		collection: plural,
		facet: current.legend.toLowerCase(),
		value: current.label
	}) : plural;
	const intro = current ? t(lang, items.length === 1 ? "facets.pageIntro.one" : "facets.pageIntro.other", {
		n: items.length,
		total: current.total,
		facet: current.legend.toLowerCase(),
		value: current.label
	}) : t(lang, keys.intro);
	const countText = t(lang, items.length === 1 ? "list.count.one" : "list.count.other", { n: items.length });
	const messages = {
		count: t(lang, "facets.count"),
		all: t(lang, "list.count.other")
	};
	const hasFacets = facets.length > 0;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": title,
		"description": intro,
		"lang": lang,
		"path": current ? current.path : collectionPath(collection),
		"langs": fullSiteLangs
	}, {
		"default": ($$result) => renderTemplate`  ${renderComponent($$result, "Breadcrumb", $$Breadcrumb, {
			"lang": lang,
			"items": current ? [{
				href: listHref,
				label: plural
			}, { label: `${current.legend}: ${current.label}` }] : [{ label: plural }]
		})} ${maybeRenderHead($$result)}<h1 class="utrecht-heading-1">${title}</h1> <p class="lead">${intro}</p> ${note && renderTemplate`<p class="meta-line">${note}</p>`}${renderSlot($$result, $$slots["intro"])} <div${addAttribute(hasFacets ? "list-layout" : void 0, "class")}> ${hasFacets && renderTemplate`<div class="facet-panel"> <p class="facet-skip"><a class="utrecht-link" href="#overzicht">${t(lang, "facets.skip")}</a></p> <h2 id="filters-titel" class="utrecht-heading-2 facet-panel__title">${t(lang, "facets.title")}</h2> <nav class="facet-links" aria-labelledby="filters-titel" data-facet-links> ${current && renderTemplate`<p class="facet-all"><a class="utrecht-link"${addAttribute(listHref, "href")}>${t(lang, "facets.showAll", { n: current.total })}</a></p>`} ${facets.map((group) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <h3 class="facet-group__title">${group.legend}</h3> <ul class="facet-list"> ${group.options.map((o) => {
			const isCurrent = current?.key === group.key && current.value === o.value;
			return renderTemplate`<li> <a class="facet-link"${addAttribute(localizePath(lang, o.path), "href")}${addAttribute(isCurrent ? "page" : void 0, "aria-current")}>${t(lang, "facets.option", {
				label: o.label,
				n: o.count
			})}</a> </li>`;
		})} </ul> ` })}`)} </nav> ${filter && renderTemplate`<form class="facet-form" data-facet-form${addAttribute(JSON.stringify(messages), "data-messages")} hidden> <p class="meta-line">${t(lang, "facets.combineHint")}</p> ${facets.map((group) => renderTemplate`<fieldset class="facet-fieldset"> <legend class="facet-group__title">${group.legend}</legend> ${group.options.map((o) => renderTemplate`<div class="filter-option"> <input type="checkbox"${addAttribute(`f-${group.key}-${o.value}`, "id")}${addAttribute(group.key, "name")}${addAttribute(o.value, "value")}> <label${addAttribute(`f-${group.key}-${o.value}`, "for")}>${t(lang, "facets.option", {
			label: o.label,
			n: o.count
		})}</label> </div>`)} </fieldset>`)} <button type="button" class="utrecht-button utrecht-button--secondary-action" data-facet-clear>${t(lang, "facets.clear")}</button> </form>`} </div>`} <section class="list-results" id="overzicht" tabindex="-1" aria-labelledby="lijst-titel"> <h2 id="lijst-titel" class="visually-hidden">${t(lang, "facets.results")}</h2> <p class="meta-line"${addAttribute(filter ? "status" : void 0, "role")} data-facet-count>${countText}</p> <ul class="card-list" data-facet-list> ${items.map(({ scheme, ...item }) => renderTemplate`${renderComponent($$result, "EntryCard", $$EntryCard, {
			"headingLevel": 3,
			...item
		}, { "default": ($$result) => renderTemplate`${scheme && renderTemplate`<p class="card__status">${renderComponent($$result, "SchemeStatusBadge", $$SchemeStatusBadge, {
			"lang": lang,
			"entry": scheme,
			"compact": true
		})}</p>`}` })}`)} </ul> ${filter && renderTemplate`<p class="utrecht-paragraph" data-facet-empty hidden>${t(lang, "facets.none")}</p>`} </section> </div> ${filter && renderTemplate`${renderComponent($$result, "ListFacetsScript", $$ListFacetsScript, {})}`}`,
		"head": ($$result) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, { "slot": "head" }, { "default": ($$result) => renderTemplate`${jsonLd && renderTemplate`<script type="application/ld+json">${unescapeHTML(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}<\/script>`}` })}`
	})}`;
}, "/work/main/site/layouts/ListLayout.astro", void 0);
export { $$ListLayout as t };
