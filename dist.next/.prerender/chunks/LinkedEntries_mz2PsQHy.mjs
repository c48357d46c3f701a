import { c as renderComponent, g as maybeRenderHead, h as renderTemplate, v as addAttribute } from "./server_UE8OVB-D.mjs";
import { u as createComponent } from "./collections_BBCTYGuN.mjs";
import { n as createAstro } from "./BaseLayout_D7Z4LYXZ.mjs";
import { t as renderScript } from "./script_D6HtT6FB.mjs";
import { C as checkDueOn, T as markMayChangeSoon, n as buildDate, p as needsCheckNow, w as isoDay } from "./content_DNH6Nqmv.mjs";
import { n as t } from "./i18n_B0cFzGDw.mjs";
import { t as formatDate } from "./format_C3ndklaa.mjs";
// site/components/FreshnessScript.astro
var $$FreshnessScript = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderScript($$result, "/work/main/site/components/FreshnessScript.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/main/site/components/FreshnessScript.astro", void 0);
// site/components/Freshness.astro
createAstro("http://localhost:4321");
var $$Freshness = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Freshness;
	const { lang, lastVerified } = Astro.props;
	const stale = needsCheckNow(lastVerified);
	const soon = markMayChangeSoon(lastVerified, buildDate);
	return renderTemplate`${maybeRenderHead($$result)}<p class="meta-line freshness"${addAttribute(isoDay(checkDueOn(lastVerified)), "data-check-due")}> ${t(lang, "sources.lastVerified")} <time${addAttribute(isoDay(lastVerified), "datetime")}>${formatDate(lastVerified, lang)}</time> <span data-check-mark${addAttribute(!stale, "hidden")}> <mark><strong>${t(lang, "freshness.needsCheck")}</strong></mark> ${t(lang, "freshness.explain")}</span> </p> ${soon && renderTemplate`${renderComponent($$result, "FreshnessScript", $$FreshnessScript, {})}`}`;
}, "/work/main/site/components/Freshness.astro", void 0);
// site/components/LinkedEntries.astro
createAstro("http://localhost:4321");
var $$LinkedEntries = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LinkedEntries;
	const { title, id, items } = Astro.props;
	return renderTemplate`${items.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section${addAttribute(id, "aria-labelledby")}> <h2${addAttribute(id, "id")} class="utrecht-heading-2">${title}</h2> <ul class="utrecht-unordered-list"> ${items.map((i) => renderTemplate`<li class="utrecht-unordered-list__item"><a class="utrecht-link"${addAttribute(i.href, "href")}${addAttribute(i.lang, "lang")}>${i.label}</a></li>`)} </ul> </section>`}`;
}, "/work/main/site/components/LinkedEntries.astro", void 0);
export { $$Freshness as n, $$LinkedEntries as t };
