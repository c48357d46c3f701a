import { c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
// site/components/EntryCard.astro
createAstro("http://localhost:4321");
var $$EntryCard = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EntryCard;
	const { href, title, summary, meta, headingLevel = 2, lang, facets } = Astro.props;
	const Heading = `h${headingLevel}`;
	return renderTemplate`${maybeRenderHead($$result)}<li${addAttribute(facets ? JSON.stringify(facets) : void 0, "data-facets")}> <article class="card"${addAttribute(lang, "lang")}> ${renderComponent($$result, "Heading", Heading, { "class": "card__title" }, { "default": ($$result) => renderTemplate`<a class="utrecht-link"${addAttribute(href, "href")}>${title}</a>` })} <p class="card__summary">${summary}</p> ${meta && renderTemplate`<p class="card__meta">${meta}</p>`} ${renderSlot($$result, $$slots["default"])} </article> </li>`;
}, "/work/main/site/components/EntryCard.astro", void 0);
export { $$EntryCard as t };
