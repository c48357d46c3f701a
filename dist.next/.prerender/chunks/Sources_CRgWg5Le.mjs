import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, l as Fragment, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
import { C as checkDueOn, p as needsCheckNow, w as isoDay } from "./content_DNH6Nqmv.mjs";
// site/components/Sources.astro
createAstro("http://localhost:4321");
var $$Sources = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Sources;
	const { lang, sources, lastVerified, facts = [], mentioned = [], checkMark = false } = Astro.props;
	const detailed = checkMark || facts.length > 0 || mentioned.length > 0;
	const anchor = (id) => id ? `bron-${id}` : void 0;
	const titleOf = (id) => sources.find((s) => s.id === id)?.title ?? id;
	const stale = checkMark && lastVerified !== void 0 && needsCheckNow(lastVerified);
	const dutch = lang === "nl" ? void 0 : "nl";
	return renderTemplate`${mentioned.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="mentions" aria-labelledby="ook-genoemd"> <h2 id="ook-genoemd" class="utrecht-heading-2">${t(lang, "mentions.title")}</h2> <p class="utrecht-paragraph">${t(lang, "mentions.intro")}</p> <ul class="utrecht-unordered-list"> ${mentioned.map((m) => renderTemplate`<li class="utrecht-unordered-list__item"> <strong${addAttribute(dutch, "lang")}>${m.name}</strong>: <span${addAttribute(dutch, "lang")}>${m.note}</span>${" "} <span class="meta-line">(${t(lang, "mentions.source")} <a class="utrecht-link"${addAttribute(`#bron-${m.source}`, "href")}${addAttribute(dutch, "lang")}>${titleOf(m.source)}</a>)</span> </li>`)} </ul> </section>`} ${sources.length > 0 && renderTemplate`<section class="sources" aria-labelledby="bronnen"> <h2 id="bronnen" class="utrecht-heading-2">${t(lang, "sources.title")}</h2> <ul class="utrecht-unordered-list" lang="nl"> ${sources.map((s) => {
		const own = facts.filter((f) => f.source === s.id);
		return renderTemplate`<li class="utrecht-unordered-list__item"${addAttribute(detailed ? anchor(s.id) : void 0, "id")}> ${s.url ? renderTemplate`<a class="utrecht-link"${addAttribute(s.url, "href")} rel="external noopener">${s.title}</a>` : renderTemplate`<cite>${s.title}</cite>`} ${s.publisher && renderTemplate`<span>, ${s.publisher}</span>`} ${s.date && renderTemplate`<span>, <time${addAttribute(isoDay(s.date), "datetime")}>${formatDate(s.date)}</time></span>`} ${detailed && s.seed && renderTemplate`<span class="meta-line"> (${t(lang, "sources.seed")} <code>${s.seed}</code>)</span>`} ${own.length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <p class="meta-line"${addAttribute(lang, "lang")}>${t(lang, "sources.figures")}</p> <ul class="utrecht-unordered-list source-facts"> ${own.map((f) => renderTemplate`<li class="utrecht-unordered-list__item"><strong>${f.value}</strong>: ${f.measures} <span class="meta-line">(<span${addAttribute(lang, "lang")}>${t(lang, "sources.where")}</span> ${f.where})</span></li>`)} </ul> ` })}`} </li>`;
	})} </ul> ${lastVerified && renderTemplate`<p class="meta-line"${addAttribute(checkMark ? isoDay(checkDueOn(lastVerified)) : void 0, "data-check-due")}> ${t(lang, "sources.lastVerified")} <time${addAttribute(isoDay(lastVerified), "datetime")}>${formatDate(lastVerified, lang)}</time> ${checkMark && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <mark data-check-mark${addAttribute(!stale, "hidden")}><strong>${t(lang, "freshness.needsCheck")}</strong></mark>` })}`} </p>`} </section>`}`;
}, "/work/main/site/components/Sources.astro", void 0);
export { $$Sources as t };
